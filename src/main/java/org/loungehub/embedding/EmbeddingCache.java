package org.loungehub.embedding;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loungehub.index.IndexCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Vectors by cache key (model + text) in the embedding-cache index: unchanged text is never embedded twice. */
@Component
public class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    EmbeddingCache(ElasticsearchClient client, IndexCatalog catalog, Clock clock) {
        this.client = client;
        this.alias = catalog.get("embedding-cache").alias();
        this.clock = clock;
    }

    /** The cached vectors of these keys; keys not cached are absent. mget is real-time: no refresh needed. */
    Map<String, float[]> get(Collection<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return Map.of();
        }
        MgetResponse<CachedVector> response = client.mget(m -> m.index(alias).ids(List.copyOf(keys)), CachedVector.class);
        Map<String, float[]> found = new HashMap<>();
        response.docs().forEach(doc -> {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                found.put(doc.result().id(), doc.result().source().vector());
            }
        });
        return found;
    }

    /** Stores new vectors; an entry that fails to store is only a future cache miss, so it is logged, not thrown. */
    void put(Map<String, float[]> vectors, String modelId) throws IOException {
        if (vectors.isEmpty()) {
            return;
        }
        String now = clock.instant().toString();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        Map<String, float[]> ordered = new LinkedHashMap<>(vectors);
        ordered.forEach((key, vector) -> bulk.operations(op -> op.index(i -> i.index(alias).id(key)
                .document(new CachedVector(vector, modelId, now)))));
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    log.warn("Embedding cache entry {} not stored: {}", item.id(), item.error().reason());
                }
            }
        }
    }

    /**
     * Removes these entries (an erased person's texts); a missing one is no error.
     *
     * @return how many there were
     */
    public int forget(Collection<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return 0;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.WaitFor);
        keys.forEach(key -> bulk.operations(op -> op.delete(d -> d.index(alias).id(key))));
        int deleted = 0;
        for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
            if (item.error() != null) {
                throw new IOException("Embedding cache entry not removed: " + item.error().reason());
            }
            deleted += "deleted".equals(item.result()) ? 1 : 0;
        }
        return deleted;
    }

    /** A cache document: the vector (kept in _source only), the model that made it and when. */
    record CachedVector(float[] vector, String model, String createdAt) {
    }
}
