package org.loungehub.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A listing as intake writes it to the strict mapping: only the mapped fields, nothing a helper method adds. */
class ListingJsonTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    @SuppressWarnings("unchecked")
    void writesContactAndConsentWithTheirFieldsOnly() {
        Listing listing = new Listing("desk:t-1", "desk", "t-1", "talent", "supply", "Radar engineer", null, "en", null,
                null, "CN", null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                new Contact("Li Wei", "li.wei@example.cn", null),
                new Consent(true, Instant.parse("2026-03-01T00:00:00Z"), "registration form"), null, null, "h",
                new SourceInfo("desk", "b1", 1, "json", Map.of()));

        Map<String, Object> document = json.convertValue(listing, Map.class);

        assertThat((Map<String, Object>) document.get("contact")).containsOnlyKeys("name", "email", "phone");
        assertThat((Map<String, Object>) document.get("consent"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("given", true, "at", "2026-03-01T00:00:00Z", "basis", "registration form"));
        assertThat(document).doesNotContainKey("describesPerson");
    }
}
