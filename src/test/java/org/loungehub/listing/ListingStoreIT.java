package org.loungehub.listing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The listing store against the real node: versions for conditional writes, and the current alias. */
@HubIntegrationTest
class ListingStoreIT {

    @Autowired
    ListingStore listings;

    private static Map<String, Object> document(String id, String hash, String updatedAt, String validUntil) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(ListingFields.ID, id);
        document.put(ListingFields.PARTNER_ID, "store-it");
        document.put(ListingFields.KIND, Kind.COMPANY.value());
        document.put(ListingFields.SIDE, Side.SUPPLY.value());
        document.put(ListingFields.TITLE, "Store test listing " + id);
        document.put(ListingFields.CONTENT_HASH, hash);
        document.put(ListingFields.UPDATED_AT, updatedAt);
        if (validUntil != null) {
            document.put(ListingFields.VALID_UNTIL, validUntil);
        }
        return document;
    }

    /**
     * Expired and marked as having nothing to embed: neither the concept re-tagging (current listings) nor the
     * embedding backfill (listings without a vector hash) writes to it while the test reads versions.
     */
    private static Map<String, Object> untouched(String id, String hash, String updatedAt) {
        Map<String, Object> document = document(id, hash, updatedAt, "2020-01-01");
        document.put(ListingFields.EMBEDDING_HASH, "none");
        document.put(ListingFields.EMBEDDING_EN_HASH, "none");
        return document;
    }

    @Test
    void tellsTheStoredVersionsAndRefusesAWriteConditionalOnAnOlderOne() throws Exception {
        List<BulkResponseItem> created = listings.write(List.of(
                ListingWrite.create("store-it:v1", untouched("store-it:v1", "hash-1", "2026-05-01T10:00:00Z")),
                ListingWrite.create("store-it:v2", untouched("store-it:v2", "hash-2", null))), true);
        assertThat(created).allSatisfy(item -> assertThat(item.error()).isNull());

        Map<String, StoredVersion> versions = listings.versions(List.of("store-it:v1", "store-it:v2", "store-it:none"));
        assertThat(versions).containsOnlyKeys("store-it:v1", "store-it:v2");
        StoredVersion first = versions.get("store-it:v1");
        assertThat(first.contentHash()).isEqualTo("hash-1");
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(versions.get("store-it:v2").updatedAt()).isNull();

        assertThat(listings.write(List.of(ListingWrite.create("store-it:v1",
                untouched("store-it:v1", "hash-x", null))), false).get(0).status()).isEqualTo(409);
        assertThat(listings.write(List.of(ListingWrite.replaceIfUnchanged("store-it:v1", first.seqNo(), first.primaryTerm(),
                untouched("store-it:v1", "hash-3", "2026-06-01T10:00:00Z"))), false).get(0).error()).isNull();
        List<BulkResponseItem> stale = listings.write(List.of(
                ListingWrite.replaceIfUnchanged("store-it:v1", first.seqNo(), first.primaryTerm(),
                        untouched("store-it:v1", "hash-4", null)),
                ListingWrite.deleteIfUnchanged("store-it:v1", first.seqNo(), first.primaryTerm())), false);
        assertThat(stale).extracting(BulkResponseItem::status).containsExactly(409, 409);
        assertThat(listings.versions(List.of("store-it:v1")).get("store-it:v1").contentHash()).isEqualTo("hash-3");

        assertThat(listings.delete("store-it:v1")).isTrue();
        assertThat(listings.delete("store-it:v1")).isFalse();
        assertThat(listings.exists("store-it:v1")).isFalse();
        assertThat(listings.exists("store-it:v2")).isTrue();
    }

    @Test
    void leavesExpiredListingsOutOfCurrentSearchesOnly() throws Exception {
        listings.write(List.of(
                ListingWrite.replace("store-it:live", document("store-it:live", "h", null, "2999-12-31")),
                ListingWrite.replace("store-it:expired", document("store-it:expired", "h", null, "2020-01-01"))), true);

        Query both = Query.of(q -> q.ids(i -> i.values("store-it:live", "store-it:expired")));
        assertThat(listings.search(s -> s.query(both), Map.class)
                .hits().hits()).extracting(hit -> hit.id()).containsExactlyInAnyOrder("store-it:live", "store-it:expired");
        assertThat(listings.searchCurrent(s -> s.query(both), Map.class)
                .hits().hits()).extracting(hit -> hit.id()).containsExactly("store-it:live");
        assertThat(listings.count(both)).isEqualTo(2);
        assertThat(listings.countCurrent(both)).isEqualTo(1);
    }
}
