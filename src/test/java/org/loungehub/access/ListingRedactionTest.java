package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingRedactionTest {

    private static final Caller STAFF = new Caller("k-staff", Role.STAFF, null);
    private static final Caller ADMIN = new Caller("k-admin", Role.ADMIN, null);
    private static final Caller OWNER = new Caller("k-desk", Role.PARTNER, "lounge-desk");
    private static final Caller OTHER_PARTNER = new Caller("k-csl", Role.PARTNER, "csl-offers");
    private static final Caller ENTERPRISE = new Caller("k-ent", Role.ENTERPRISE, null);

    private static Map<String, Object> listing() {
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("id", "lounge-desk:t-1");
        listing.put("partnerId", "lounge-desk");
        listing.put("title", "Radar engineer");
        listing.put("contact", Map.of("name", "Dana Levi", "email", "dana@example.org", "phone", "+972501234567"));
        listing.put("source", Map.of("partnerId", "lounge-desk", "batchId", "b-1",
                "original", Map.of("externalId", "t-1", "contact.email", "dana@example.org", "street", "Herzl 1")));
        return listing;
    }

    @Test
    void staffAndTheOwningPartnerSeeContactsAndTheOriginalRecord() {
        for (Caller caller : List.of(STAFF, ADMIN, OWNER)) {
            Map<String, Object> listing = listing();
            assertThat(ListingRedaction.listing(listing, caller)).as(caller.role().id()).isSameAs(listing);
        }
    }

    @Test
    void enterprisesAndOtherPartnersGetNeitherContactNorOriginalRecord() {
        for (Caller caller : List.of(ENTERPRISE, OTHER_PARTNER)) {
            Map<String, Object> listing = listing();
            Map<String, Object> view = ListingRedaction.listing(listing, caller);
            assertThat(view).as(caller.role().id()).doesNotContainKey("contact").containsEntry("title", "Radar engineer");
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) view.get("source");
            assertThat(source).doesNotContainKey("original").containsEntry("batchId", "b-1");
            assertThat(view.toString()).doesNotContain("dana@example.org").doesNotContain("Dana Levi").doesNotContain("Herzl");
            assertThat(listing).as("the stored listing is left alone").containsKey("contact");
        }
    }

    @Test
    void aListingWithoutPartnerIsPersonalToStaffOnly() {
        Map<String, Object> listing = listing();
        listing.remove("partnerId");
        assertThat(ListingRedaction.listing(listing, OWNER)).doesNotContainKey("contact");
        assertThat(ListingRedaction.listing(listing, STAFF)).containsKey("contact");
    }

    @Test
    void highlightsOfPersonalFieldsAreDroppedForOthers() {
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        highlights.put("title", List.of("<em>Radar</em> engineer"));
        highlights.put("contact.email", List.of("<em>dana</em>@example.org"));
        highlights.put("source.original", List.of("<em>Herzl</em>"));
        assertThat(ListingRedaction.highlights(highlights, "lounge-desk", ENTERPRISE)).containsOnlyKeys("title");
        assertThat(ListingRedaction.highlights(highlights, "lounge-desk", OTHER_PARTNER)).containsOnlyKeys("title");
        assertThat(ListingRedaction.highlights(highlights, "lounge-desk", OWNER)).hasSize(3);
    }

    @Test
    void withoutACallerNothingIsShown() {
        assertThatThrownBy(() -> ListingRedaction.listing(listing(), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No caller");
    }
}
