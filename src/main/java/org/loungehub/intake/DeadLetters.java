package org.loungehub.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The dead-letter store: one NDJSON file of rejected records per batch, next to its payload in the inbox. */
@Component
public class DeadLetters {

    private final Inbox inbox;
    private final ObjectMapper json;

    DeadLetters(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    /** Appends and syncs; called before the batch's checkpoint moves past these records. */
    void append(String batchId, List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(inbox.rejectedFile(batchId), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            StringBuilder lines = new StringBuilder();
            for (DeadLetter letter : letters) {
                lines.append(json.writeValueAsString(letter)).append('\n');
            }
            channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep rejected records of batch " + batchId, e);
        }
    }

    /** After a crash: drops letters past the checkpoint, which the resumed run writes again. */
    void truncateAfter(String batchId, long checkpoint) {
        List<DeadLetter> kept = read(batchId).stream().filter(l -> l.recordNumber() <= checkpoint).toList();
        try {
            Files.deleteIfExists(inbox.rejectedFile(batchId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        append(batchId, kept);
    }

    /**
     * Removes the dead letters whose stored line matches, rewriting the file atomically and durably.
     *
     * @return how many were removed
     */
    int remove(String batchId, Predicate<String> matches) {
        Path file = inbox.rejectedFile(batchId);
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            List<String> kept = new ArrayList<>();
            int removed = 0;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (matches.test(line)) {
                        removed++;
                    } else {
                        kept.add(line);
                    }
                }
            }
            if (removed == 0) {
                return 0;
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".erasing");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                StringBuilder lines = new StringBuilder();
                kept.forEach(line -> lines.append(line).append('\n'));
                channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rewrite the dead letters of batch " + batchId, e);
        }
    }

    public List<DeadLetter> read(String batchId) {
        Path file = inbox.rejectedFile(batchId);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<DeadLetter> letters = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    letters.add(json.readValue(line, DeadLetter.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable dead letters of batch " + batchId, e);
        }
        return letters;
    }

    /** A partner's dead letters across its batches, newest batch first. */
    public Stream<DeadLetter> forPartner(String partnerId) {
        List<BatchStatus> batches = new ArrayList<>(inbox.batches().filter(b -> b.partnerId().equals(partnerId)).toList());
        java.util.Collections.reverse(batches);
        return batches.stream().flatMap(b -> read(b.batchId()).stream());
    }
}
