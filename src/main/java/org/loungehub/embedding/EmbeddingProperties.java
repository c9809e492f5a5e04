package org.loungehub.embedding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Listing embeddings, computed off the ingest path by the backfill route (routes/embedding.yaml).
 *
 * @param enabled whether the backfill runs; the embedder itself stays available (query vectors)
 * @param interval the pause between two backfill runs; a run goes on while listings lack vectors
 * @param batchSize listings per round: one search, one cache mget, one model batch, one bulk update
 * @param threads texts embedded in parallel, one ONNX thread each; 0 means half the cores (at least one), which
 *        leaves the other half to Elasticsearch and the intake on a small machine
 */
@ConfigurationProperties("hub.embedding")
public record EmbeddingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration interval,
        @DefaultValue("256") int batchSize,
        @DefaultValue("0") int threads) {

    public EmbeddingProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("hub.embedding.batch-size must be at least 1, not " + batchSize);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("hub.embedding.threads must be 0 (automatic) or more, not " + threads);
        }
    }

    /** The number of parallel embedding threads actually used. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
