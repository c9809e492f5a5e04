package org.loungehub.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Batches that outlasted their retries and wait, at their checkpoint, to be taken up again (route intake-retry)
 * once hub.intake.resume-after has passed. A restarted hub resumes them with every unfinished batch.
 */
@Component("postponedBatches")
public class PostponedBatches {

    private final Map<String, Instant> dueAt = new ConcurrentHashMap<>();
    private final Inbox inbox;
    private final IntakeProperties properties;
    private final Clock clock;

    PostponedBatches(Inbox inbox, IntakeProperties properties, Clock clock) {
        this.inbox = inbox;
        this.properties = properties;
        this.clock = clock;
    }

    void postpone(String batchId) {
        dueAt.put(batchId, clock.instant().plus(properties.resumeAfter()));
    }

    /** The batches due again, taken off the list: for the route to enqueue. */
    public List<BatchStatus> due() {
        Instant now = clock.instant();
        return dueAt.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).map(Map.Entry::getKey).toList()
                .stream().filter(id -> dueAt.remove(id) != null)
                .map(inbox::status).flatMap(Optional::stream).toList();
    }
}
