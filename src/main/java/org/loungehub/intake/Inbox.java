package org.loungehub.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The durable inbox: every accepted batch is a folder holding the payload exactly as received and its status.
 * A batch is acknowledged only once both are on disk (fsync), so a kill -9 or an Elasticsearch outage after
 * the 202 never loses it; unfinished batches are picked up again at start.
 */
@Component
public class Inbox {

    static final String PAYLOAD = "payload";
    static final String STATUS = "status.json";
    static final String REJECTED = "rejected.ndjson";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Path root;
    private final long maxPayload;
    private final ObjectMapper json;
    private final Clock clock;

    Inbox(IntakeProperties properties, ObjectMapper json, Clock clock) {
        this.root = properties.inbox().toAbsolutePath().normalize();
        this.maxPayload = properties.maxPayload().toBytes();
        this.json = json;
        this.clock = clock;
    }

    /** Stores the payload durably and returns the accepted batch. Throws PayloadTooLargeException past the limit. */
    public BatchStatus accept(String partnerId, String format, String charset, String fileName, InputStream body) {
        String batchId = DAY.format(clock.instant().atZone(clock.getZone())) + "-" + UUID.randomUUID().toString().substring(0, 13);
        Path dir = root.resolve(batchId);
        try {
            Files.createDirectories(dir);
            Path partial = dir.resolve(PAYLOAD + ".part");
            long size;
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                size = copyLimited(body, out);
                channel.force(true);
            }
            BatchStatus status = BatchStatus.accepted(batchId, partnerId, format, charset, fileName, size, clock.instant());
            writeStatus(status);
            Files.move(partial, dir.resolve(PAYLOAD), StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
            syncDirectory(root);
            return status;
        } catch (PayloadTooLargeException e) {
            deleteQuietly(dir);
            throw e;
        } catch (IOException e) {
            deleteQuietly(dir);
            throw new UncheckedIOException("Could not store the batch durably", e);
        }
    }

    private long copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxPayload) {
                throw new PayloadTooLargeException(maxPayload);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    public Optional<BatchStatus> status(String batchId) {
        if (!batchId.matches("[0-9A-Za-z-]{1,64}")) {
            return Optional.empty();
        }
        Path file = root.resolve(batchId).resolve(STATUS);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), BatchStatus.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable status of batch " + batchId, e);
        }
    }

    /** Replaces the status atomically and durably (write, fsync, rename). */
    public void writeStatus(BatchStatus status) {
        Path dir = root.resolve(status.batchId());
        Path tmp = dir.resolve(STATUS + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(json.writeValueAsBytes(status)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the status of batch " + status.batchId(), e);
        }
        try {
            Files.move(tmp, dir.resolve(STATUS), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the status of batch " + status.batchId(), e);
        }
    }

    public InputStream openPayload(String batchId) throws IOException {
        return Files.newInputStream(root.resolve(batchId).resolve(PAYLOAD));
    }

    Path payloadFile(String batchId) {
        return root.resolve(batchId).resolve(PAYLOAD);
    }

    /** A scratch file next to the batch's payload, on the same file system (for an atomic replacement). */
    Path scratchFile(String batchId) {
        return root.resolve(batchId).resolve(PAYLOAD + ".erasing");
    }

    /** Replaces the payload with the given file of the same batch folder, atomically and durably. */
    void replacePayload(String batchId, Path replacement) {
        Path dir = root.resolve(batchId);
        try {
            try (FileChannel channel = FileChannel.open(replacement, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(replacement, dir.resolve(PAYLOAD), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not replace the payload of batch " + batchId, e);
        }
    }

    public Path rejectedFile(String batchId) {
        return root.resolve(batchId).resolve(REJECTED);
    }

    /** Batches accepted or in progress, oldest first: the work to resume after a restart. */
    public List<BatchStatus> unfinishedBatches() {
        return batches().filter(s -> !s.finished()).toList();
    }

    /** Every batch in the inbox, oldest first. */
    public Stream<BatchStatus> batches() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        List<BatchStatus> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.exists(d.resolve(PAYLOAD))).sorted()
                    .forEach(d -> status(d.getFileName().toString()).ifPresent(all::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(java.util.Comparator.comparing(BatchStatus::receivedAt));
        return all.stream();
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename is still atomic.
        }
    }

    private static void deleteQuietly(Path dir) {
        org.springframework.util.FileSystemUtils.deleteRecursively(dir.toFile());
    }
}
