package org.loungehub.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.loungehub.cli.ProgressBar;
import org.loungehub.listing.Kind;

/**
 * Puts a set's corpus into the hub, through the public push API, as the evaluation partner's listings of the set's
 * kind: exactly the corpus, because listings of that kind left by an earlier run that are not in it are deleted in
 * the same batch. Then waits until the hub has embedded every listing, so that the vector signal is measured on
 * the whole corpus.
 */
class CorpusLoader {

    private static final Duration POLL = Duration.ofMillis(500);

    private final HubClient hub;
    private final PrintStream out;
    private final Duration embeddingsTimeout;
    private final ObjectMapper json = new ObjectMapper();

    CorpusLoader(HubClient hub, PrintStream out, Duration embeddingsTimeout) {
        this.hub = hub;
        this.out = out;
        this.embeddingsTimeout = embeddingsTimeout;
    }

    /** @return the corpus externalIds that are not searchable after the push (rejected records), for the judgments */
    Set<String> load(LabeledSet set) {
        Set<String> wanted = new LinkedHashSet<>();
        set.corpus().forEach(listing -> wanted.add(listing.externalId()));
        List<String> stale = hub.externalIds(set.kind()).stream().filter(id -> !wanted.contains(id)).toList();
        out.printf(Locale.ROOT, "Pushing %,d %s listings to partner %s%s%n", set.corpus().size(), set.kind(),
                HubClient.PARTNER, stale.isEmpty() ? "" : String.format(Locale.ROOT, " (and deleting %,d left from another set)", stale.size()));
        String batchId = hub.push(set.name() + ".ndjson", ndjson(set.corpus(), stale));
        JsonNode status = follow(batchId, set.corpus().size() + stale.size());
        if ("failed".equals(status.path("status").asText())) {
            throw new EvaluationException("Batch " + batchId + " failed: " + status.path("message").asText()
                    + "; see " + hub.url() + "/api/v1/batches/" + batchId);
        }
        Set<String> missing = new HashSet<>(wanted);
        hub.externalIds(set.kind()).forEach(missing::remove);
        if (!missing.isEmpty()) {
            out.printf(Locale.ROOT, "Warning: %,d corpus listings are not searchable (rejected: %s/api/v1/partners/%s/dead-letters?batchId=%s);"
                    + " they are left out of the judgments%n", missing.size(), hub.url(), HubClient.PARTNER, batchId);
        }
        awaitEmbeddings();
        return missing;
    }

    /** Deletes every listing of the evaluation partner, whatever its kind. */
    void removeAll() {
        List<String> ids = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            ids.addAll(hub.externalIds(kind.value()));
        }
        if (ids.isEmpty()) {
            out.println("Partner " + HubClient.PARTNER + " has no listings");
            return;
        }
        out.printf(Locale.ROOT, "Deleting %,d listings of partner %s%n", ids.size(), HubClient.PARTNER);
        String batchId = hub.push("remove.ndjson", ndjson(List.of(), ids));
        if ("failed".equals(follow(batchId, ids.size()).path("status").asText())) {
            throw new EvaluationException("Batch " + batchId + " failed; see " + hub.url() + "/api/v1/batches/" + batchId);
        }
    }

    private JsonNode follow(String batchId, long total) {
        while (true) {
            JsonNode status = hub.batch(batchId);
            JsonNode c = status.path("counts");
            out.print("\r" + ProgressBar.render(c.path("received").asLong(), total, c.path("indexed").asLong(),
                    c.path("unchanged").asLong(), c.path("rejected").asLong()));
            out.flush();
            if (status.path("status").asText().matches("done|failed")) {
                out.println();
                return status;
            }
            sleep(POLL);
        }
    }

    /** Until the hub reports no listing without its vector, or the timeout; a hub without the endpoint is trusted. */
    void awaitEmbeddings() {
        long deadline = System.nanoTime() + embeddingsTimeout.toNanos();
        boolean shown = false;
        while (true) {
            OptionalLong pending = hub.pendingEmbeddings();
            if (pending.isEmpty()) {
                out.println("Warning: the hub has no GET /api/v1/admin/embeddings, so it cannot be told whether every"
                        + " listing has its vector; the vector signal may be measured on part of the corpus");
                return;
            }
            if (pending.getAsLong() == 0) {
                if (shown) {
                    out.println("\rEmbeddings: all listings embedded                ");
                }
                return;
            }
            out.printf(Locale.ROOT, "\rEmbeddings: %,d listings pending   ", pending.getAsLong());
            out.flush();
            shown = true;
            if (System.nanoTime() > deadline) {
                out.println();
                throw new EvaluationException(String.format(Locale.ROOT, "%,d listings still have no embedding after %d s:"
                        + " check the hub's log, then run again (pushed listings stay), or allow longer with"
                        + " --embeddings-timeout SECONDS", pending.getAsLong(), embeddingsTimeout.toSeconds()));
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** The corpus as canonical NDJSON, then a deletion for each stale listing. */
    byte[] ndjson(List<CorpusListing> corpus, List<String> stale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            for (CorpusListing listing : corpus) {
                bytes.write(json.writeValueAsBytes(listing.canonical()));
                bytes.write('\n');
            }
            for (String externalId : stale) {
                Map<String, Object> deletion = new LinkedHashMap<>();
                deletion.put("externalId", externalId);
                deletion.put("deleted", "true");
                bytes.write(json.writeValueAsBytes(deletion));
                bytes.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationException("Interrupted");
        }
    }
}
