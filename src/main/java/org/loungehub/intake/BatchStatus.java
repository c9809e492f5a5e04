package org.loungehub.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.FieldWarning;

/**
 * A batch as its sender sees it: where it stands, what happened to its records, why any were rejected, and which
 * optional fields were dropped from records indexed anyway (warnings). Persisted next to the payload after every
 * chunk, so that a restarted hub resumes after {@code checkpoint}.
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
        boolean errorsTruncated,
        List<FieldWarning> warnings,
        boolean warningsTruncated,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Erasure> erasures) {

    public static final String ACCEPTED = "accepted";
    public static final String PROCESSING = "processing";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public BatchStatus {
        // A status saved before warnings existed reads back without them.
        errors = errors == null ? List.of() : errors;
        warnings = warnings == null ? List.of() : warnings;
        erasures = erasures == null ? List.of() : erasures;
    }

    static BatchStatus accepted(String batchId, String partnerId, String format, String charset, String fileName,
                                long payloadBytes, Instant receivedAt) {
        return new BatchStatus(batchId, partnerId, ACCEPTED, format, charset, fileName, payloadBytes, receivedAt,
                null, null, Counts.ZERO, 0, null, List.of(), false, List.of(), false, List.of());
    }

    boolean finished() {
        return DONE.equals(status) || FAILED.equals(status) || CANCELLED.equals(status);
    }

    BatchStatus processing(Instant now) {
        return new BatchStatus(batchId, partnerId, PROCESSING, format, charset, fileName, payloadBytes, receivedAt,
                startedAt == null ? now : startedAt, null, counts, checkpoint, null, errors, errorsTruncated,
                warnings, warningsTruncated, erasures);
    }

    /** Still unfinished, with the reason it waits (cleared when it is taken up again). */
    BatchStatus waiting(String why) {
        return new BatchStatus(batchId, partnerId, status, format, charset, fileName, payloadBytes, receivedAt,
                startedAt, finishedAt, counts, checkpoint, why, errors, errorsTruncated, warnings, warningsTruncated,
                erasures);
    }

    /** Adds a chunk's outcome; each list keeps its first maxPerList entries and says whether it dropped more. */
    BatchStatus progressed(Counts newCounts, long newCheckpoint, List<FieldError> newErrors,
                           List<FieldWarning> newWarnings, int maxPerList) {
        List<FieldError> allErrors = capped(errors, newErrors, maxPerList);
        List<FieldWarning> allWarnings = capped(warnings, newWarnings, maxPerList);
        return new BatchStatus(batchId, partnerId, status, format, charset, fileName, payloadBytes, receivedAt,
                startedAt, finishedAt, newCounts, newCheckpoint, message,
                allErrors, errorsTruncated || allErrors.size() < errors.size() + newErrors.size(),
                allWarnings, warningsTruncated || allWarnings.size() < warnings.size() + newWarnings.size(), erasures);
    }

    private static <T> List<T> capped(List<T> kept, List<T> more, int max) {
        List<T> all = new ArrayList<>(kept);
        more.stream().limit(Math.max(0, max - kept.size())).forEach(all::add);
        return List.copyOf(all);
    }

    BatchStatus finished(String finalStatus, String finalMessage, Instant now) {
        return new BatchStatus(batchId, partnerId, finalStatus, format, charset, fileName, payloadBytes, receivedAt,
                startedAt, now, counts, checkpoint, finalMessage, errors, errorsTruncated, warnings, warningsTruncated,
                erasures);
    }

    /**
     * The status with a person's values masked wherever it quotes the partner's data (file name, message, the
     * reasons of errors, the values and reasons of warnings), and the erasure noted.
     */
    BatchStatus erased(UnaryOperator<String> mask, Erasure erasure) {
        List<FieldError> maskedErrors = errors.stream()
                .map(e -> new FieldError(e.recordNumber(), e.field(), mask.apply(e.reason()))).toList();
        List<FieldWarning> maskedWarnings = warnings.stream()
                .map(w -> new FieldWarning(w.recordNumber(), w.field(), mask.apply(w.value()), mask.apply(w.reason()))).toList();
        List<Erasure> allErasures = new ArrayList<>(erasures);
        allErasures.add(erasure);
        return new BatchStatus(batchId, partnerId, status, format, charset, mask.apply(fileName), payloadBytes,
                receivedAt, startedAt, finishedAt, counts, checkpoint, mask.apply(message), maskedErrors, errorsTruncated,
                maskedWarnings, warningsTruncated, List.copyOf(allErasures));
    }

    /**
     * A person's data was erased from this batch.
     *
     * @param payload what became of the stored payload: "rewritten" (the person's values masked, the rest byte for
     *        byte as received), "dropped" (emptied: it could not be rewritten faithfully, e.g. a spreadsheet) or
     *        "unchanged" (only the status or the dead letters held the person)
     */
    public record Erasure(String erasureId, Instant at, String payload) {
        public static final String REWRITTEN = "rewritten";
        public static final String DROPPED = "dropped";
        public static final String UNCHANGED = "unchanged";
    }

    /**
     * What happened to the records read so far. received = valid + rejected; valid = indexed + unchanged + deleted;
     * warned: the valid records that lost an optional field (see warnings).
     */
    public record Counts(long received, long valid, long indexed, long unchanged, long deleted, long rejected, long warned) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(received + o.received, valid + o.valid, indexed + o.indexed, unchanged + o.unchanged,
                    deleted + o.deleted, rejected + o.rejected, warned + o.warned);
        }
    }
}
