package org.loungehub.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Replays a batch's rejected records, after the partner's mapping (or the data) was fixed: their originals
 * become a new NDJSON batch of the same partner, which goes through mapping and normalization again.
 */
@Component("replays")
public class Replays {

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ObjectMapper json;

    Replays(Inbox inbox, DeadLetters deadLetters, ObjectMapper json) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    public BatchStatus replay(String batchId) {
        BatchStatus batch = inbox.status(batchId).orElseThrow(() -> new UnknownBatchException(batchId));
        List<Map<String, Object>> originals = deadLetters.read(batchId).stream()
                .map(DeadLetter::original).filter(o -> o != null && !o.isEmpty()).toList();
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("Batch " + batchId + " has no rejected records that can be replayed");
        }
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        try {
            for (Map<String, Object> original : originals) {
                ndjson.write(json.writeValueAsBytes(original));
                ndjson.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inbox.accept(batch.partnerId(), "ndjson", StandardCharsets.UTF_8.name(), "replay of " + batchId,
                new ByteArrayInputStream(ndjson.toByteArray()));
    }
}
