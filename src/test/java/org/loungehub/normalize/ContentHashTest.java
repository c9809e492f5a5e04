package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.listing.Contact;
import org.loungehub.listing.GeoPoint;
import org.loungehub.listing.Listing;
import org.loungehub.listing.SourceInfo;

class ContentHashTest {

    private final ContentHash hash = new ContentHash();

    private static Listing listing(String phone, Instant updatedAt, SourceInfo source, String contentHash) {
        return listing(phone, updatedAt, source, contentHash, "v1");
    }

    private static Listing listing(String phone, Instant updatedAt, SourceInfo source, String contentHash, String conceptsVersion) {
        return new Listing("p:1", "p", "1", "company", "supply", "Radar", "Contactless radar", "en", "Vayyar",
                "IL|vayyar", "IL", "Yehud", new GeoPoint(32.03, 34.89), List.of("2630"), List.of("iot"),
                List.of("物联网"), List.of("IoT"), List.of("radar"), List.of("iot", "radar"), conceptsVersion, "growth", "https://vayyar.com",
                new Contact("Dana", "dana@vayyar.com", phone), updatedAt, LocalDate.of(2025, 12, 31), contentHash, source);
    }

    @Test
    void ignoresSourceUpdateTimeAndThePreviousHash() {
        String first = hash.of(listing("+97231234567", Instant.EPOCH, new SourceInfo("p", "b1", 1, "json", Map.of()), null));
        String second = hash.of(listing("+97231234567", Instant.now(),
                new SourceInfo("p", "b2", 7, "csv", Map.of("x", "y")), "abc"));
        assertThat(second).isEqualTo(first).hasSize(64);
    }

    @Test
    void ignoresWhichVocabularyVersionTaggedTheConcepts() {
        SourceInfo source = new SourceInfo("p", "b1", 1, "json", Map.of());
        assertThat(hash.of(listing("+97231234567", null, source, null, "v1")))
                .isEqualTo(hash.of(listing("+97231234567", null, source, null, "v2")))
                .isEqualTo(hash.of(listing("+97231234567", null, source, null, null)));
    }

    @Test
    void changesWithNestedContent() {
        SourceInfo source = new SourceInfo("p", "b1", 1, "json", Map.of());
        assertThat(hash.of(listing("+97231234567", null, source, null)))
                .isNotEqualTo(hash.of(listing("+97231234568", null, source, null)));
    }
}
