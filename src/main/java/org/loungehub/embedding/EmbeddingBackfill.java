package org.loungehub.embedding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.embedding.EmbeddingStatus.Run;
import org.loungehub.embedding.ListingVectors.Pending;
import org.loungehub.embedding.ListingVectors.Update;
import org.loungehub.embedding.ListingVectors.Written;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives listings their vectors, off the ingest path. One run (a tick of the embedding-backfill route) goes round
 * while listings lack a vector they should have ({@link VectorSpace#covers}), oldest first: read a batch, look their
 * texts up in the cache, embed only the misses in one model batch per space, store those in the cache, and add the
 * vectors and their hashes to each listing if it is still at the version read. A listing rewritten meanwhile (the intake drops its vector) comes back in a later round, and its
 * vector then comes from the cache when its text did not change.
 */
@Component
public class EmbeddingBackfill {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final ListingVectors listings;
    private final EmbeddingStatus status;
    private final int batchSize;
    private volatile boolean stopping;

    EmbeddingBackfill(Embedder embedder, EmbeddingCache cache, ListingVectors listings, EmbeddingStatus status,
                      EmbeddingProperties properties) {
        this.embedder = embedder;
        this.cache = cache;
        this.listings = listings;
        this.status = status;
        this.batchSize = properties.batchSize();
    }

    /** What one round did. */
    private record Round(int updated, int cacheHits, int cacheMisses, int conflicts) {
    }

    /** One run: rounds until no listing lacks a vector, or a round makes no progress (then the next tick retries). */
    public Run run() throws IOException {
        long start = System.nanoTime();
        Set<String> failed = new HashSet<>();
        int updated = 0;
        int hits = 0;
        int misses = 0;
        int conflicts = 0;
        while (!stopping) {
            List<Pending> batch = listings.oldestWithoutVector(batchSize, failed);
            if (batch.isEmpty()) {
                break;
            }
            Round round = round(batch, failed);
            updated += round.updated();
            hits += round.cacheHits();
            misses += round.cacheMisses();
            conflicts += round.conflicts();
            if (round.updated() == 0 || batch.size() < batchSize) {
                break;
            }
        }
        Run run = new Run(updated, hits, misses, conflicts, System.nanoTime() - start);
        status.finished(run, listings.countWithoutVector());
        if (updated > 0 || conflicts > 0) {
            log.info("Embedding backfill: {} listings given a vector in {} ms ({} from the cache, {} texts embedded, "
                    + "{} changed meanwhile)", updated, run.nanos() / 1_000_000, hits, misses, conflicts);
        }
        return run;
    }

    private Round round(List<Pending> batch, Set<String> failed) throws IOException {
        Map<Pending, Map<VectorSpace, EmbeddingText>> texts = new LinkedHashMap<>();
        for (Pending listing : batch) {
            Map<VectorSpace, EmbeddingText> spaces = new EnumMap<>(VectorSpace.class);
            for (VectorSpace space : listing.missing()) {
                spaces.put(space, EmbeddingText.of(embedder, space, listing.title(), listing.keywords(), listing.description()));
            }
            if (spaces.values().stream().anyMatch(text -> text.text().isBlank())) {
                log.warn("Listing {} has no title, keywords or description to embed; skipped", listing.id());
                failed.add(listing.id());
            } else {
                texts.put(listing, spaces);
            }
        }
        // Cache keys include the model, so one lookup serves every space.
        Set<String> keys = new HashSet<>();
        texts.values().forEach(spaces -> spaces.values().forEach(t -> keys.add(t.key())));
        Map<String, float[]> vectors = new HashMap<>(cache.get(keys));
        int hits = vectors.size();
        int misses = 0;
        for (VectorSpace space : VectorSpace.values()) {
            Map<String, String> missing = new LinkedHashMap<>();
            texts.values().stream().map(spaces -> spaces.get(space))
                    .filter(t -> t != null && !vectors.containsKey(t.key()))
                    .forEach(t -> missing.put(t.key(), t.text()));
            if (missing.isEmpty()) {
                continue;
            }
            List<String> keysToEmbed = new ArrayList<>(missing.keySet());
            List<float[]> embedded = embedder.embedAll(space, new ArrayList<>(missing.values()));
            Map<String, float[]> fresh = new LinkedHashMap<>();
            for (int i = 0; i < keysToEmbed.size(); i++) {
                fresh.put(keysToEmbed.get(i), embedded.get(i));
            }
            cache.put(fresh, space.model().id());
            vectors.putAll(fresh);
            misses += missing.size();
        }
        status.looked(hits, misses);

        List<Update> updates = new ArrayList<>(texts.size());
        texts.forEach((listing, spaces) -> {
            Map<VectorSpace, ListingVectors.Vector> listingVectors = new EnumMap<>(VectorSpace.class);
            spaces.forEach((space, text) -> listingVectors.put(space, new ListingVectors.Vector(vectors.get(text.key()), text.key())));
            updates.add(new Update(listing, listingVectors));
        });
        Written written = listings.write(updates);
        status.wrote(written.updated(), written.conflicts());
        written.failed().forEach((id, reason) -> log.warn("Vector not written to listing {}: {}", id, reason));
        failed.addAll(written.failed().keySet());
        return new Round(written.updated(), hits, misses, written.conflicts());
    }

    /** Ends a long run between two rounds when the hub shuts down, rather than holding the shutdown up. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }
}
