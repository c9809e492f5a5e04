package org.loungehub.failure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one failure policy of calls to Elasticsearch (intake, audit) and to webhooks.
 *
 * @param initialBackoff the first pause before a retry; each further one doubles
 * @param maxBackoff the longest pause between two retries
 * @param attempts calls per unit of work before it gives up for now (intake: the batch waits for its next turn)
 * @param breakerFailureRate the percentage of transient failures among the last breakerWindow calls that opens the
 *        circuit breaker: calls then fail at once instead of hammering a dead cluster
 * @param breakerWindow how many recent calls the breaker judges
 * @param breakerOpenFor how long the breaker stays open before it lets one call try again
 * @param degradedAfter a batch retrying for longer makes /actuator/health DEGRADED
 */
@ConfigurationProperties("hub.failures")
public record FailureProperties(
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("10") int attempts,
        @DefaultValue("50") float breakerFailureRate,
        @DefaultValue("10") int breakerWindow,
        @DefaultValue("10s") Duration breakerOpenFor,
        @DefaultValue("2m") Duration degradedAfter) {
}
