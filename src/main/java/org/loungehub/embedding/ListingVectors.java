package org.loungehub.embedding;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loungehub.index.IndexCatalog;
import org.springframework.stereotype.Component;

/**
 * The listings side of the backfill: which listings lack a vector, and writing vectors to them without ever
 * overwriting a newer version of a listing.
 */
@Component
class ListingVectors {

    static final String VECTOR = "embedding";
    static final String HASH = "embeddingHash";
    private static final List<String> TEXT_FIELDS = List.of("title", "keywords", "description");

    private final ElasticsearchClient client;
    private final String alias;

    ListingVectors(ElasticsearchClient client, IndexCatalog catalog) {
        this.client = client;
        this.alias = catalog.get("listings").alias();
    }

    /** A listing without a vector, its text fields, and the version it was read at. */
    record Pending(String id, long seqNo, long primaryTerm, String title, List<String> keywords, String description) {
    }

    /** Listings without a vector, and the position to continue after. */
    record Page(List<Pending> listings, List<FieldValue> next) {
    }

    /** A vector to write to a listing, valid only if the listing is still at the version it was read at. */
    record Update(Pending listing, float[] vector, String hash) {
    }

    /** What became of a round of updates. */
    record Written(int updated, int conflicts, Map<String, String> failed) {
    }

    /**
     * The next listings that lack a vector, oldest indexedAt first, after the given position (null: from the start).
     * Paging by position rather than waiting for refreshes: the listings of the previous page may still look
     * vectorless to search for up to a refresh interval.
     */
    Page oldestWithoutVector(int size, List<FieldValue> after) throws IOException {
        SearchResponse<Map> response = client.search(s -> {
            s.index(alias)
                    .query(q -> q.bool(b -> b.mustNot(hasVector())))
                    .sort(so -> so.field(f -> f.field("indexedAt").order(SortOrder.Asc)))
                    .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
                    .size(size)
                    .seqNoPrimaryTerm(true)
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes(TEXT_FIELDS)));
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        }, Map.class);
        List<Pending> pending = new ArrayList<>();
        List<FieldValue> last = after;
        for (Hit<Map> hit : response.hits().hits()) {
            Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
            pending.add(new Pending(hit.id(), hit.seqNo(), hit.primaryTerm(), text(source.get("title")),
                    list(source.get("keywords")), text(source.get("description"))));
            last = hit.sort();
        }
        return new Page(pending, last);
    }

    /** Makes the vectors written so far visible to search (and to the pending count). */
    void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }

    /** How many listings lack a vector now. */
    long countWithoutVector() throws IOException {
        return client.count(c -> c.index(alias).query(q -> q.bool(b -> b.mustNot(hasVector())))).count();
    }

    /**
     * Adds the vectors to the listings as partial updates, each conditional on the version read. A conflict means
     * the intake rewrote the listing meanwhile (without a vector, with a newer indexedAt): a later page finds it.
     */
    Written write(List<Update> updates) throws IOException {
        if (updates.isEmpty()) {
            return new Written(0, 0, Map.of());
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Update update : updates) {
            Map<String, Object> doc = Map.of(VECTOR, update.vector(), HASH, update.hash());
            bulk.operations(op -> op.update(u -> u.index(alias).id(update.listing().id())
                    .ifSeqNo(update.listing().seqNo()).ifPrimaryTerm(update.listing().primaryTerm())
                    .action(a -> a.doc(doc))));
        }
        BulkResponse response = client.bulk(bulk.build());
        int updated = 0;
        int conflicts = 0;
        Map<String, String> failed = new LinkedHashMap<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                updated++;
            } else if (item.status() == 409 || item.status() == 404) {
                conflicts++; // rewritten (comes back without a vector) or deleted meanwhile
            } else {
                failed.put(item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return new Written(updated, conflicts, failed);
    }

    private static Query hasVector() {
        return Query.of(q -> q.exists(e -> e.field(HASH)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        return List.of(value.toString());
    }
}
