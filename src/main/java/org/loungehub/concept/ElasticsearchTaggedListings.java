package org.loungehub.concept;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.concept.TaggedListing.Retag;
import org.loungehub.index.IndexCatalog;
import org.loungehub.index.IndexDefinition;
import org.springframework.stereotype.Component;

/** The listings to re-tag in Elasticsearch: searched in the current alias, written through the write alias. */
@Component
class ElasticsearchTaggedListings implements TaggedListings {

    static final String VERSION = "conceptsVersion";

    private final ElasticsearchClient client;
    private final String alias;
    private final String current;

    ElasticsearchTaggedListings(ElasticsearchClient client, IndexCatalog catalog) {
        IndexDefinition listings = catalog.get("listings");
        this.client = client;
        this.alias = listings.alias();
        this.current = listings.currentAlias();
    }

    @Override
    public List<TaggedListing> stale(String version, String afterId, int size) throws IOException {
        SearchResponse<Map> response = client.search(s -> {
            s.index(current).query(notTaggedWith(version))
                    .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
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
        return client.count(c -> c.index(current).query(notTaggedWith(version))).count();
    }

    /** Partial updates (concepts and conceptsVersion only), each conditional on the seq_no and primary term read. */
    @Override
    public Written write(List<Retag> retags) throws IOException {
        if (retags.isEmpty()) {
            return new Written(0, Set.of(), Map.of());
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Retag retag : retags) {
            TaggedListing listing = retag.listing();
            bulk.operations(op -> op.update(u -> u.index(alias).id(listing.id())
                    .ifSeqNo(listing.seqNo()).ifPrimaryTerm(listing.primaryTerm())
                    .action(a -> a.doc(retag.update()))));
        }
        BulkResponse response = client.bulk(bulk.build());
        int updated = 0;
        Set<String> conflicted = new HashSet<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (BulkResponseItem item : response.items()) {
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
        client.indices().refresh(r -> r.index(alias));
    }

    private static Query notTaggedWith(String version) {
        return Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field(VERSION).value(version)))));
    }
}
