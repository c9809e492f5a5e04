package org.loungehub.concept;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.concept.TaggedListing.Retag;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.loungehub.listing.ListingWrite;
import org.springframework.stereotype.Component;

/** The listings to re-tag in Elasticsearch: current ones searched, all written through the listing store. */
@Component
class ElasticsearchTaggedListings implements TaggedListings {

    static final String VERSION = ListingFields.CONCEPTS_VERSION;

    private final ListingStore listings;

    ElasticsearchTaggedListings(ListingStore listings) {
        this.listings = listings;
    }

    @Override
    public List<TaggedListing> stale(String version, String afterId, int size) throws IOException {
        SearchResponse<Map> response = listings.searchCurrent(s -> {
            s.query(notTaggedWith(version))
                    .sort(so -> so.field(f -> f.field(ListingFields.ID).order(SortOrder.Asc)))
                    .size(size)
                    .seqNoPrimaryTerm(true)
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes(TaggedListing.FIELDS)));
            if (afterId != null) {
                s.searchAfter(FieldValue.of(afterId));
            }
            return s;
        }, Map.class);
        List<TaggedListing> page = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            page.add(TaggedListing.of(hit.id(), hit.seqNo(), hit.primaryTerm(), hit.source()));
        }
        return page;
    }

    @Override
    public long countStale(String version) throws IOException {
        return listings.countCurrent(notTaggedWith(version));
    }

    /** Partial updates (concepts and conceptsVersion only), each conditional on the seq_no and primary term read. */
    @Override
    public Written write(List<Retag> retags) throws IOException {
        if (retags.isEmpty()) {
            return new Written(0, Set.of(), Map.of());
        }
        List<ListingWrite> writes = new ArrayList<>();
        for (Retag retag : retags) {
            TaggedListing listing = retag.listing();
            writes.add(ListingWrite.updateIfUnchanged(listing.id(), listing.seqNo(), listing.primaryTerm(), retag.update()));
        }
        int updated = 0;
        Set<String> conflicted = new HashSet<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (BulkResponseItem item : listings.write(writes, false)) {
            if (item.error() == null) {
                updated++;
            } else if (item.status() == 409 || item.status() == 404) {
                conflicted.add(item.id()); // written or deleted meanwhile
            } else {
                failed.put(item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return new Written(updated, conflicted, failed);
    }

    @Override
    public void refresh() throws IOException {
        listings.refresh();
    }

    private static Query notTaggedWith(String version) {
        return Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field(VERSION).value(version)))));
    }
}
