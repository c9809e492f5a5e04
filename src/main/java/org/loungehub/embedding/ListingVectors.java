package org.loungehub.embedding;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.loungehub.listing.ListingWrite;
import org.loungehub.listing.SourceValues;
import org.springframework.stereotype.Component;

/**
 * The listings side of the backfill: which listings lack a vector, and writing vectors to them without ever
 * overwriting a newer version of a listing.
 */
@Component
class ListingVectors {

    private static final List<String> READ_FIELDS = List.of(ListingFields.TITLE, ListingFields.KEYWORDS,
            ListingFields.DESCRIPTION, ListingFields.LANGUAGE, VectorSpace.ZH.hashField(), VectorSpace.EN.hashField());

    private final ListingStore listings;

    ListingVectors(ListingStore listings) {
        this.listings = listings;
    }

    /**
     * A listing that lacks a vector it should have, its text fields, and the version it was read at.
     *
     * @param missing the spaces it lacks a vector in (never empty)
     */
    record Pending(String id, long seqNo, long primaryTerm, String title, List<String> keywords, String description,
                   Set<VectorSpace> missing) {
    }

    /** A vector in one space and the cache key of the text it was made from. */
    record Vector(float[] values, String hash) {

        /** No vector: the listing has no text the model can read ({@link VectorSpace#NOTHING_TO_EMBED}). */
        static final Vector NONE = new Vector(null, VectorSpace.NOTHING_TO_EMBED);
    }

    /** Vectors to write to a listing, valid only if the listing is still at the version it was read at. */
    record Update(Pending listing, Map<VectorSpace, Vector> vectors) {

        /** Marks the listing as having no text the models can read, in the spaces it lacked. */
        static Update nothingToEmbed(Pending listing) {
            Map<VectorSpace, Vector> none = new EnumMap<>(VectorSpace.class);
            listing.missing().forEach(space -> none.put(space, Vector.NONE));
            return new Update(listing, none);
        }

        boolean marksNothingToEmbed() {
            return vectors.values().stream().allMatch(vector -> vector.values() == null);
        }
    }

    /**
     * Listings without a vector, how many hits the page read, and the position to continue after.
     *
     * @param read hits on the page, those found to lack nothing after all included: fewer than asked is the last page
     */
    record Page(List<Pending> listings, int read, List<FieldValue> next) {
    }

    /**
     * What became of a round of updates.
     *
     * @param updated listings given their vectors
     * @param marked the ids of listings marked as having nothing to embed
     */
    record Written(int updated, List<String> marked, int conflicts, Map<String, String> failed) {
    }

    /**
     * The next listings that lack a vector they should have, oldest indexedAt first, after the given position (null:
     * from the start). Paging by position rather than waiting for refreshes: the listings of the previous page may
     * still look vectorless to search for up to a refresh interval.
     */
    Page oldestWithoutVector(int size, List<FieldValue> after) throws IOException {
        SearchResponse<Map> response = listings.search(s -> {
            s.query(lacksVector())
                    .sort(so -> so.field(f -> f.field(ListingFields.INDEXED_AT).order(SortOrder.Asc)))
                    .sort(so -> so.field(f -> f.field(ListingFields.ID).order(SortOrder.Asc)))
                    .size(size)
                    .seqNoPrimaryTerm(true)
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes(READ_FIELDS)));
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        }, Map.class);
        List<Pending> pending = new ArrayList<>();
        List<FieldValue> last = after;
        for (Hit<Map> hit : response.hits().hits()) {
            last = hit.sort();
            Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
            Set<VectorSpace> missing = EnumSet.noneOf(VectorSpace.class);
            for (VectorSpace space : VectorSpace.values()) {
                if (space.covers(SourceValues.text(source.get(ListingFields.LANGUAGE))) && source.get(space.hashField()) == null) {
                    missing.add(space);
                }
            }
            if (!missing.isEmpty()) {
                pending.add(new Pending(hit.id(), hit.seqNo(), hit.primaryTerm(), SourceValues.text(source.get(ListingFields.TITLE)),
                        SourceValues.texts(source.get(ListingFields.KEYWORDS)),
                        SourceValues.text(source.get(ListingFields.DESCRIPTION)), missing));
            }
        }
        return new Page(pending, response.hits().hits().size(), last);
    }

    /** Makes the vectors written so far visible to search (and to the pending count). */
    void refresh() throws IOException {
        listings.refresh();
    }

    /** How many listings lack a vector now. */
    long countWithoutVector() throws IOException {
        return listings.count(lacksVector());
    }

    /**
     * Adds the vectors to the listings as partial updates, each conditional on the version read. A conflict means
     * the intake rewrote the listing meanwhile (without a vector, with a newer indexedAt): a later page finds it.
     */
    Written write(List<Update> updates) throws IOException {
        if (updates.isEmpty()) {
            return new Written(0, List.of(), 0, Map.of());
        }
        List<ListingWrite> writes = new ArrayList<>();
        for (Update update : updates) {
            Map<String, Object> doc = new LinkedHashMap<>();
            update.vectors().forEach((space, vector) -> {
                if (vector.values() != null) {
                    doc.put(space.field(), vector.values());
                }
                doc.put(space.hashField(), vector.hash());
            });
            Pending listing = update.listing();
            writes.add(ListingWrite.updateIfUnchanged(listing.id(), listing.seqNo(), listing.primaryTerm(), doc));
        }
        List<BulkResponseItem> items = listings.write(writes, false);
        int updated = 0;
        List<String> marked = new ArrayList<>();
        int conflicts = 0;
        Map<String, String> failed = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i); // the items answer the operations in order
            if (item.error() == null && updates.get(i).marksNothingToEmbed()) {
                marked.add(item.id());
            } else if (item.error() == null) {
                updated++;
            } else if (item.status() == 409 || item.status() == 404) {
                conflicts++; // rewritten (comes back without a vector) or deleted meanwhile
            } else {
                failed.put(item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return new Written(updated, marked, conflicts, failed);
    }

    /** Lacks its Chinese-model vector, or is not in Chinese and lacks its English-model one. */
    private static Query lacksVector() {
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(VectorSpace.ZH.hashField())))))
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(VectorSpace.EN.hashField())))
                        .mustNot(m -> m.term(t -> t.field(ListingFields.LANGUAGE).value("zh")))))));
    }
}
