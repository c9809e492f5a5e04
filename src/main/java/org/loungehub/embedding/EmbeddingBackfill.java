package org.loungehub.embedding;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.loungehub.embedding.EmbeddingStatus.Run;
import org.loungehub.embedding.ListingVectors.Page;
import org.loungehub.embedding.ListingVectors.Pending;
import org.loungehub.embedding.ListingVectors.Update;
import org.loungehub.embedding.ListingVectors.Written;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives listings their vectors, off the ingest path. One run (a tick of the embedding-backfill route) goes page by
 * page while listings lack a vector they should have ({@link VectorSpace#covers}), oldest first: read a page, look
 * its texts up in the cache, embed only the misses in one model batch per space, store the new vectors in the cache
 * and add the vectors and their hashes to each listing if it is still at the version read. Reading and writing
 * overlap the models' work on the page in between. A listing rewritten meanwhile (the intake drops its vectors)
 * comes back on a later page or run, and its vectors then come from the cache when its text did not change.
 */
@Component
public class EmbeddingBackfill implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final ListingVectors listings;
    private final EmbeddingStatus status;
    private final int batchSize;
    /** Reads the next page and writes the previous one while the models embed; one task at a time, in order. */
    private final ExecutorService io = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "embedding-io");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    EmbeddingBackfill(Embedder embedder, EmbeddingCache cache, ListingVectors listings, EmbeddingStatus status,
                      EmbeddingProperties properties) {
        this.embedder = embedder;
        this.cache = cache;
        this.listings = listings;
        this.status = status;
        this.batchSize = properties.batchSize();
    }

    /**
     * A page read and looked up in the cache: each listing's texts per space, the listings with no text a model can
     * read, the vectors found, how many hits the page read, and where the next page starts.
     */
    private record Prepared(Map<Pending, Map<VectorSpace, EmbeddingText>> texts, List<Pending> unreadable,
                            Map<String, float[]> cached, int read, List<FieldValue> next) {
    }

    /** The vectors of one page, from the cache or the models, ready to be written; fresh ones per space. */
    private record Vectorized(List<Update> updates, Map<VectorSpace, Map<String, float[]>> fresh, int cacheHits,
                              int cacheMisses) {
    }

    /**
     * One run: pages until no listing lacks a vector; a listing that failed waits for the next run. The models work
     * on one page while the I/O thread reads the next and writes the previous: they never wait for Elasticsearch.
     */
    public Run run() throws IOException {
        long start = System.nanoTime();
        Tally tally = new Tally();
        Future<Prepared> reading = io.submit(() -> prepare(null));
        Future<Written> writing = null;
        try {
            while (true) {
                long waited = System.nanoTime();
                Prepared page = result(reading);
                reading = null;
                if (page.read() == 0) {
                    break;
                }
                boolean last = page.read() < batchSize || stopping;
                if (!last) {
                    reading = io.submit(() -> prepare(page.next()));
                }
                long embedding = System.nanoTime();
                Vectorized vectorized = vectorize(page);
                tally.add(vectorized);
                long embedded = System.nanoTime();
                tally.add(written(writing));
                writing = io.submit(() -> write(vectorized));
                if (log.isDebugEnabled()) {
                    log.debug("Page of {}: waited {} ms for it, vectors in {} ms ({} from the cache), waited {} ms for the "
                            + "previous write", page.read(), (embedding - waited) / 1_000_000,
                            (embedded - embedding) / 1_000_000, vectorized.cacheHits(),
                            (System.nanoTime() - embedded) / 1_000_000);
                }
                if (last) {
                    break;
                }
            }
            tally.add(written(writing));
            writing = null;
        } finally {
            if (reading != null) {
                reading.cancel(false);
            }
            if (writing != null) {
                writing.cancel(false);
            }
        }
        if (tally.updated > 0 || tally.marked > 0) {
            listings.refresh();
        }
        Run run = new Run(tally.updated, tally.hits, tally.misses, tally.conflicts, System.nanoTime() - start);
        status.finished(run, listings.countWithoutVector());
        if (tally.updated > 0 || tally.conflicts > 0) {
            log.info("Embedding backfill: {} listings given their vectors in {} ms ({} texts from the cache, {} embedded, "
                    + "{} listings changed meanwhile)", run.listings(), run.nanos() / 1_000_000, run.cacheHits(),
                    run.cacheMisses(), run.conflicts());
        }
        return run;
    }

    /** The next page of listings lacking a vector, their texts per space, and the vectors the cache has for them. */
    private Prepared prepare(List<FieldValue> after) throws IOException {
        Page page = listings.oldestWithoutVector(batchSize, after);
        Map<Pending, Map<VectorSpace, EmbeddingText>> texts = new LinkedHashMap<>();
        List<Pending> unreadable = new ArrayList<>();
        for (Pending listing : page.listings()) {
            Map<VectorSpace, EmbeddingText> spaces = new EnumMap<>(VectorSpace.class);
            for (VectorSpace space : listing.missing()) {
                spaces.put(space, EmbeddingText.of(embedder, space, listing.title(), listing.keywords(), listing.description()));
            }
            if (spaces.values().stream().anyMatch(text -> text.text().isBlank())) {
                unreadable.add(listing);
            } else {
                texts.put(listing, spaces);
            }
        }
        // Cache keys include the model, so one lookup serves every space.
        Set<String> keys = new HashSet<>();
        texts.values().forEach(spaces -> spaces.values().forEach(t -> keys.add(t.key())));
        return new Prepared(texts, unreadable, cache.get(keys), page.read(), page.next());
    }

    /** The page's vectors: from the cache, and from each space's model (one batch) for the texts it lacks. */
    private Vectorized vectorize(Prepared page) {
        Map<String, float[]> vectors = new HashMap<>(page.cached());
        Map<VectorSpace, Map<String, float[]>> fresh = new EnumMap<>(VectorSpace.class);
        int misses = 0;
        for (VectorSpace space : VectorSpace.values()) {
            Map<String, EmbeddingText> missing = new LinkedHashMap<>();
            page.texts().values().stream().map(spaces -> spaces.get(space))
                    .filter(t -> t != null && !vectors.containsKey(t.key()))
                    .forEach(t -> missing.put(t.key(), t));
            if (missing.isEmpty()) {
                continue;
            }
            List<String> keysToEmbed = new ArrayList<>(missing.keySet());
            List<float[]> embedded = embedder.embedTexts(space, new ArrayList<>(missing.values()));
            Map<String, float[]> made = new LinkedHashMap<>();
            for (int i = 0; i < keysToEmbed.size(); i++) {
                made.put(keysToEmbed.get(i), embedded.get(i));
            }
            fresh.put(space, made);
            vectors.putAll(made);
            misses += missing.size();
        }
        status.looked(page.cached().size(), misses);
        List<Update> updates = new ArrayList<>(page.texts().size());
        page.texts().forEach((listing, spaces) -> {
            Map<VectorSpace, ListingVectors.Vector> listingVectors = new EnumMap<>(VectorSpace.class);
            spaces.forEach((space, text) -> listingVectors.put(space, new ListingVectors.Vector(vectors.get(text.key()), text.key())));
            updates.add(new Update(listing, listingVectors));
        });
        page.unreadable().forEach(listing -> updates.add(Update.nothingToEmbed(listing)));
        return new Vectorized(updates, fresh, page.cached().size(), misses);
    }

    /** New vectors into the cache, then vectors and hashes onto the listings still at the version read. */
    private Written write(Vectorized vectorized) throws IOException {
        for (Map.Entry<VectorSpace, Map<String, float[]>> made : vectorized.fresh().entrySet()) {
            cache.put(made.getValue(), made.getKey().model().id());
        }
        Written written = listings.write(vectorized.updates());
        status.wrote(written.updated(), written.conflicts());
        if (!written.marked().isEmpty()) {
            log.info("No title, keywords or description a model can read (blank, or only Hebrew or Arabic) in listing(s) "
                    + "{}: marked, they get no vector until their text changes", written.marked());
        }
        written.failed().forEach((id, reason) -> log.warn("Vector not written to listing {}: {}", id, reason));
        return written;
    }

    private static Written written(Future<Written> writing) throws IOException {
        return writing == null ? new Written(0, List.of(), 0, Map.of()) : result(writing);
    }

    /** The outcome of an I/O task, its failure rethrown as it happened. */
    private static <T> T result(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for Elasticsearch");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Embedding backfill I/O failed", e.getCause());
        }
    }

    /** A run's counts. */
    private static final class Tally {
        int updated;
        int marked;
        int hits;
        int misses;
        int conflicts;

        void add(Vectorized vectorized) {
            hits += vectorized.cacheHits();
            misses += vectorized.cacheMisses();
        }

        void add(Written written) {
            updated += written.updated();
            marked += written.marked().size();
            conflicts += written.conflicts();
        }
    }

    @Override
    public void destroy() {
        io.shutdownNow();
    }

    /** Ends a long run between pages when the hub shuts down, rather than holding the shutdown up. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }
}
