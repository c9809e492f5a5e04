package org.loungehub.intake;

import java.time.Clock;
import java.time.Duration;
import org.loungehub.failure.FailureProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The "intake" health component: DEGRADED while a batch has been retrying Elasticsearch for longer than
 * hub.failures.degraded-after (pushes are still accepted and kept; HTTP 200, see management.endpoint.health.status).
 */
@Component("intake")
class IntakeHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a batch has been retrying Elasticsearch for a while");

    private final RetryingBatches retrying;
    private final Duration degradedAfter;
    private final Clock clock;

    IntakeHealth(RetryingBatches retrying, FailureProperties properties, Clock clock) {
        this.retrying = retrying;
        this.degradedAfter = properties.degradedAfter();
        this.clock = clock;
    }

    @Override
    public Health health() {
        return retrying.longest()
                .filter(r -> Duration.between(r.since(), clock.instant()).compareTo(degradedAfter) >= 0)
                .map(r -> Health.status(DEGRADED).withDetail("batchId", r.batchId()).withDetail("partnerId", r.partnerId())
                        .withDetail("since", r.since().toString()).withDetail("lastError", r.lastError()).build())
                .orElseGet(() -> Health.up().build());
    }
}
