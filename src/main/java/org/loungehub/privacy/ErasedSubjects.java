package org.loungehub.privacy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loungehub.index.IndexCatalog;
import org.springframework.stereotype.Component;

/**
 * Reads the blocklist from the erasure records (index {@code erasures}): every subject hash with its latest
 * erasure. Intake reads it afresh for every batch, so an erasure made on any hub instance applies to the next batch.
 */
@Component
public class ErasedSubjects {

    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String alias;

    ErasedSubjects(ElasticsearchClient client, IndexCatalog catalog) {
        this.client = client;
        this.alias = catalog.get("erasures").alias();
    }

    /** @throws IOException when Elasticsearch cannot be reached (intake waits and tries again) */
    public Blocklist load() throws IOException {
        Map<String, Blocklist.Entry> entries = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<ErasureKeys> page = client.search(s -> {
                s.index(alias).size(PAGE).source(src -> src.filter(f -> f.includes("id", "at", "subjectHashes")))
                        .sort(o -> o.field(f -> f.field("at").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, ErasureKeys.class);
            List<Hit<ErasureKeys>> hits = page.hits().hits();
            for (Hit<ErasureKeys> hit : hits) {
                ErasureKeys erasure = hit.source();
                if (erasure == null || erasure.subjectHashes() == null || erasure.at() == null) {
                    continue;
                }
                Blocklist.Entry entry = new Blocklist.Entry(erasure.id(), erasure.at());
                erasure.subjectHashes().forEach(hash -> entries.merge(hash, entry,
                        (a, b) -> a.at().isAfter(b.at()) ? a : b));
            }
            if (hits.size() < PAGE) {
                return new Blocklist(entries);
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** The part of an erasure record the blocklist needs. */
    record ErasureKeys(String id, Instant at, List<String> subjectHashes) {
    }
}
