package org.loungehub.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.loungehub.listing.FieldError;

/**
 * A batch as its sender sees it: where it stands, what happened to its records, and why any were rejected.
 * Persisted next to the payload after every chunk, so that a restarted hub resumes after {@code checkpoint}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchStatus(
        String batchId,
        String partnerId,
        String status,
        String format,
        String charset,
        String fileName,
        long payloadBytes,
        Instant receivedAt,
        Instant startedAt,
        Instant finishedAt,
        Counts counts,
        long checkpoint,
        String message,
        List<FieldError> errors,
        boolean errorsTruncated) {

    public static final String ACCEPTED = "accepted";
    public static final String PROCESSING = "processing";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    static BatchStatus accepted(String batchId, String partnerId, String format, String charset, String fileName,
                                long payloadBytes, Instant receivedAt) {
        return new BatchStatus(batchId, partnerId, ACCEPTED, format, charset, fileName, payloadBytes, receivedAt,
                null, null, Counts.ZERO, 0, null, List.of(), false);
    }

    boolean finished() {
        return DONE.equals(status) || FAILED.equals(status);
    }

    BatchStatus processing(Instant now) {
        return new BatchStatus(batchId, partnerId, PROCESSING, format, charset, fileName, payloadBytes, receivedAt,
                startedAt == null ? now : startedAt, null, counts, checkpoint, null, errors, errorsTruncated);
    }

    BatchStatus progressed(Counts newCounts, long newCheckpoint, List<FieldError> newErrors, int maxErrors) {
        List<FieldError> all = new ArrayList<>(errors);
        boolean truncated = errorsTruncated;
        for (FieldError error : newErrors) {
            if (all.size() < maxErrors) {
                all.add(error);
            } else {
                truncated = true;
            }
        }
        return new BatchStatus(batchId, partnerId, status, format, charset, fileName, payloadBytes, receivedAt,
                startedAt, finishedAt, newCounts, newCheckpoint, message, List.copyOf(all), truncated);
    }

    BatchStatus finished(String finalStatus, String finalMessage, Instant now) {
        return new BatchStatus(batchId, partnerId, finalStatus, format, charset, fileName, payloadBytes, receivedAt,
                startedAt, now, counts, checkpoint, finalMessage, errors, errorsTruncated);
    }

    /** What happened to the records read so far. received = valid + rejected; valid = indexed + unchanged + deleted. */
    public record Counts(long received, long valid, long indexed, long unchanged, long deleted, long rejected) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(received + o.received, valid + o.valid, indexed + o.indexed, unchanged + o.unchanged,
                    deleted + o.deleted, rejected + o.rejected);
        }
    }
}
