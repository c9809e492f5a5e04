package org.loungehub.embedding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What the backfill has done, for staff (GET /api/v1/admin/embeddings) and for Prometheus (hub_embedding_*):
 * listings given a vector, cache hits and misses, throughput of the last runs, the last error.
 */
@Component
public class EmbeddingStatus {

    private static final int RECENT_RUNS = 10;

    private final Embedder embedder;
    private final ListingVectors listings;
    private final EmbeddingProperties properties;
    private final Clock clock;
    private final Counter embedded;
    private final Counter cacheHits;
    private final Counter cacheMisses;
    private final Counter conflicts;
    private final Counter errors;
    private final AtomicLong pending = new AtomicLong();
    private final Deque<Run> recent = new ArrayDeque<>();
    private volatile Instant lastRunAt;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    EmbeddingStatus(Embedder embedder, ListingVectors listings, EmbeddingProperties properties, Clock clock, MeterRegistry meters) {
        this.embedder = embedder;
        this.listings = listings;
        this.properties = properties;
        this.clock = clock;
        this.embedded = Counter.builder("hub.embedding.listings").description("Listings given a vector").register(meters);
        this.cacheHits = Counter.builder("hub.embedding.cache.hits").description("Vectors found in the embedding cache").register(meters);
        this.cacheMisses = Counter.builder("hub.embedding.cache.misses").description("Texts not in the embedding cache").register(meters);
        this.conflicts = Counter.builder("hub.embedding.conflicts")
                .description("Vectors not written because the listing changed meanwhile (retried)").register(meters);
        this.errors = Counter.builder("hub.embedding.errors").description("Backfill runs that failed").register(meters);
        Gauge.builder("hub.embedding.pending", pending, AtomicLong::get)
                .description("Listings without a vector they should have at the end of the last run").register(meters);
        Gauge.builder("hub.embedding.rate", this, EmbeddingStatus::textsPerSecond)
                .description("Listings given a vector per second, over the last runs that had work").register(meters);
    }

    /** One backfill run: listings given a vector, where their vectors came from, and how long it took. */
    public record Run(int listings, int cacheHits, int cacheMisses, int conflicts, long nanos) {
    }

    /** The answer of GET /api/v1/admin/embeddings. */
    public record Report(List<ModelReport> models, boolean enabled, int threads, Long pending,
                         long embedded, long cacheHits, long cacheMisses, long modelTexts, long conflicts,
                         double textsPerSecond, Instant lastRunAt, String lastError, Instant lastErrorAt) {
    }

    /**
     * One vector space: its model, the listing field its vectors go to, which listings get one.
     *
     * @param loadMillis how long the model took to load, null while it is not loaded (it loads on first use)
     */
    public record ModelReport(String model, int dimensions, String field, String listings, Long loadMillis) {
    }

    /** A round's cache lookup: texts found, texts the model had to embed. */
    void looked(int hits, int misses) {
        cacheHits.increment(hits);
        cacheMisses.increment(misses);
    }

    /** A round's writes: listings given a vector, and those that changed meanwhile. */
    void wrote(int listings, int changed) {
        embedded.increment(listings);
        conflicts.increment(changed);
    }

    /** A whole run, for the throughput of the last runs, and the listings still without a vector after it. */
    void finished(Run run, long stillPending) {
        pending.set(stillPending);
        if (run.listings() > 0) {
            synchronized (recent) {
                recent.addLast(run);
                while (recent.size() > RECENT_RUNS) {
                    recent.removeFirst();
                }
            }
        }
        lastRunAt = clock.instant();
    }

    /** A run that failed (Elasticsearch unavailable, ...): kept for staff; the next tick tries again. */
    public void failed(Exception error) {
        errors.increment();
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
        lastErrorAt = clock.instant();
    }

    public Report report() {
        Long pendingNow;
        try {
            pendingNow = listings.countWithoutVector();
        } catch (IOException | RuntimeException e) {
            pendingNow = null; // Elasticsearch unavailable: the rest of the report still helps
        }
        List<ModelReport> models = new ArrayList<>();
        for (VectorSpace space : VectorSpace.values()) {
            long load = embedder.loadMillis(space);
            models.add(new ModelReport(space.model().id(), space.model().dimensions(), space.field(),
                    space == VectorSpace.ZH ? "all" : "not in Chinese", load < 0 ? null : load));
        }
        return new Report(models, properties.enabled(), embedder.threads(), pendingNow, (long) embedded.count(), (long) cacheHits.count(),
                (long) cacheMisses.count(), embedder.modelTexts(), (long) conflicts.count(),
                Math.round(textsPerSecond() * 10) / 10.0, lastRunAt, lastError, lastErrorAt);
    }

    double textsPerSecond() {
        long listingsDone = 0;
        long nanos = 0;
        synchronized (recent) {
            for (Run run : recent) {
                listingsDone += run.listings();
                nanos += run.nanos();
            }
        }
        return nanos == 0 ? 0 : listingsDone / (nanos / 1e9);
    }
}
