package org.loungehub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.listing.Consent;
import org.loungehub.listing.Contact;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingDraft;
import org.loungehub.listing.SourceInfo;

class PersonScreenTest {

    private static final Instant ERASED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private final SubjectKeys keys = new SubjectKeys("secret".getBytes(StandardCharsets.UTF_8));
    private final PersonScreen screen = new PersonScreen(keys);
    private final Blocklist erased = new Blocklist(Map.of(
            keys.email("li.wei@example.cn"), new Blocklist.Entry("er-1", ERASED_AT),
            keys.listing("desk:gone"), new Blocklist.Entry("er-2", ERASED_AT)));

    private static ListingDraft draft(String externalId, String email) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("externalId", externalId);
        fields.put("contact.email", email);
        fields.put("contact.name", "Li Wei");
        return new ListingDraft("desk", "b1", 5, "json", Map.of("mail", email, "who", "Li Wei"), fields);
    }

    private static Listing listing(String externalId, String kind, String side, Consent consent) {
        return new Listing("desk:" + externalId, "desk", externalId, kind, side, "Radar engineer", null, "en", null, null,
                "CN", null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                new Contact("Li Wei", "li.wei@example.cn", null), consent, null, null, "hash",
                new SourceInfo("desk", "b1", 5, "json", Map.of("mail", "Li.Wei@example.cn", "who", "Li Wei", "skill", "radar")));
    }

    @Test
    void holdsBackAnErasedPersonsTalentListingRecognisedByTheEmailAsSent() {
        PersonScreen.Screened screened = screen.screen(draft("t-1", "LI.WEI@example.cn"),
                listing("t-1", "talent", "supply", null), erased);

        assertThat(screened.listing()).isNull();
        assertThat(screened.erasureId()).isEqualTo("er-1");
        assertThat(screened.warning().recordNumber()).isEqualTo(5);
        assertThat(screened.warning().field()).isEqualTo("contact.email");
        assertThat(screened.warning().value()).isNull();
        assertThat(screened.warning().reason()).contains("er-1").doesNotContain("li.wei");
        assertThat(screened.erased().email()).isEqualTo("li.wei@example.cn");
    }

    @Test
    void keepsAnotherListingWithoutTheErasedContactAndWithoutThemInItsOriginal() {
        PersonScreen.Screened screened = screen.screen(draft("c-1", "li.wei@example.cn"),
                listing("c-1", "company", "supply", null), erased);

        assertThat(screened.listing().contact()).isNull();
        assertThat(screened.listing().title()).isEqualTo("Radar engineer");
        assertThat(screened.listing().source().original())
                .isEqualTo(Map.of("mail", "[erased]", "who", "[erased]", "skill", "radar"));
        assertThat(screened.warning().reason()).contains("without its contact");
    }

    @Test
    void letsThePersonBackWithConsentGivenAfterTheErasureOnly() {
        Listing before = listing("t-1", "talent", "supply", new Consent(true, ERASED_AT.minusSeconds(60), "form"));
        Listing after = listing("t-1", "talent", "supply", new Consent(true, ERASED_AT.plusSeconds(86_400), "new form"));

        assertThat(screen.screen(draft("t-1", "li.wei@example.cn"), before, erased).listing()).isNull();
        PersonScreen.Screened back = screen.screen(draft("t-1", "li.wei@example.cn"), after, erased);
        assertThat(back.touched()).isFalse();
        assertThat(back.listing()).isSameAs(after);
    }

    @Test
    void holdsBackAListingErasedByItsIdWhateverItsContact() {
        PersonScreen.Screened screened = screen.screen(draft("gone", "someone@example.cn"),
                listing("gone", "company", "supply", null), erased);

        assertThat(screened.listing()).isNull();
        assertThat(screened.warning().field()).isEqualTo("externalId");
    }

    @Test
    void leavesEveryoneElseAloneAndRecognisesRejectedRecordsToo() {
        assertThat(screen.screen(draft("t-2", "wang@example.cn"), listing("t-2", "talent", "supply", null), erased)
                .touched()).isFalse();
        assertThat(screen.screen(draft("t-1", "li.wei@example.cn"), listing("t-1", "talent", "supply", null),
                Blocklist.EMPTY).touched()).isFalse();

        assertThat(screen.recognise(draft("t-9", "li.wei@example.cn"), erased)).hasValueSatisfying(s -> {
            assertThat(s.erasureId()).isEqualTo("er-1");
            assertThat(s.erased().name()).isEqualTo("Li Wei");
        });
        assertThat(screen.recognise(draft("t-9", "wang@example.cn"), erased)).isEmpty();
    }
}
