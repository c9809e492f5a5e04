package org.loungehub.intake;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.loungehub.access.Caller;
import org.loungehub.access.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Staff cancel a batch (POST /api/v1/batches/{batchId}/cancel): a running batch stops after its current chunk, a
 * queued or waiting one never starts again; either ends "cancelled" with who and why. Requests are held in memory:
 * a hub restarted before the batch's turn resumes it.
 */
@Component("batchCancellations")
public class BatchCancellations {

    private final Map<String, String> requested = new ConcurrentHashMap<>();
    private final Inbox inbox;
    private final Clock clock;

    BatchCancellations(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    public BatchStatus cancel(String batchId, Caller caller, String reason) {
        if (caller == null || !caller.isStaff()) {
            throw new ForbiddenException("Only staff cancel batches");
        }
        BatchStatus status = inbox.status(batchId).orElseThrow(() -> new UnknownBatchException(batchId));
        if (status.finished()) {
            throw new BatchFinishedException(batchId, status.status());
        }
        String why = (reason == null || reason.isBlank() ? "no reason given" : reason.strip());
        requested.putIfAbsent(batchId, "Cancelled by " + caller.id() + " (" + caller.role().name().toLowerCase()
                + ") at " + clock.instant() + ": " + why);
        return status;
    }

    /** The reason, when staff asked to cancel the batch. */
    Optional<String> requested(String batchId) {
        return Optional.ofNullable(requested.get(batchId));
    }

    void done(String batchId) {
        requested.remove(batchId);
    }
}
