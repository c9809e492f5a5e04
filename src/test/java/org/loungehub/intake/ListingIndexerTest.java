package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loungehub.listing.Listing;

class ListingIndexerTest {

    @Test
    void withinAChunkTheNewestUpdatedAtWinsWhateverItsPlaceInTheFile() {
        ListingIndexer.Item newer = item(1, "A", "2026-05-01T00:00:00Z");
        ListingIndexer.Item older = item(2, "A", "2026-01-01T00:00:00Z");

        assertThat(ListingIndexer.newestPerId(List.of(newer, older)).values()).containsExactly(newer);
        assertThat(ListingIndexer.newestPerId(List.of(older, newer)).values()).containsExactly(newer);
    }

    @Test
    void withEqualOrMissingUpdatedAtTheLaterRecordWins() {
        ListingIndexer.Item first = item(1, "A", "2026-05-01T00:00:00Z");
        ListingIndexer.Item second = item(2, "A", "2026-05-01T00:00:00Z");
        ListingIndexer.Item undated = item(3, "A", null);
        ListingIndexer.Item other = item(4, "B", null);

        assertThat(ListingIndexer.newestPerId(List.of(first, second, other)).values()).containsExactly(second, other);
        assertThat(ListingIndexer.newestPerId(List.of(first, undated)).values()).containsExactly(undated);
        assertThat(ListingIndexer.newestPerId(List.of(undated, first)).values()).containsExactly(first);
    }

    private static ListingIndexer.Item item(long record, String externalId, String updatedAt) {
        Listing listing = new Listing(Listing.id("p", externalId), "p", externalId, "company", "supply", "Title " + record,
                null, "en", null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, updatedAt == null ? null : Instant.parse(updatedAt), null,
                "hash-" + record, null);
        return ListingIndexer.Item.index(record, listing);
    }
}
