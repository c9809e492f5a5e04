package org.loungehub.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.loungehub.failure.Failures;
import org.springframework.stereotype.Component;

/** Batches whose Elasticsearch calls are failing transiently, since when and why: what health reports as DEGRADED. */
@Component
class RetryingBatches {

    record Retrying(String batchId, String partnerId, Instant since, String lastError) {
    }

    private final Map<String, Retrying> retrying = new ConcurrentHashMap<>();
    private final Clock clock;

    RetryingBatches(Clock clock) {
        this.clock = clock;
    }

    void failed(BatchStatus batch, Throwable failure) {
        String error = Failures.describe(failure);
        retrying.merge(batch.batchId(), new Retrying(batch.batchId(), batch.partnerId(), clock.instant(), error),
                (known, now) -> new Retrying(known.batchId(), known.partnerId(), known.since(), error));
    }

    void recovered(String batchId) {
        retrying.remove(batchId);
    }

    /** The batch retrying for the longest time. */
    Optional<Retrying> longest() {
        return retrying.values().stream().min(Comparator.comparing(Retrying::since));
    }
}
