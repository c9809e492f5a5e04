package org.loungehub.failure;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one declared failure policy (Resilience4j), shared by every caller: a transient failure (Failures) is retried
 * with exponential backoff, capped, a bounded number of times; a permanent one is not retried. Elasticsearch calls go
 * through one circuit breaker, so a dead cluster is not hammered by every caller at once. A call ends in its result,
 * a {@link TransientFailureException} (budget spent, try again later) or a {@link PermanentFailureException}.
 */
@Component
@EnableConfigurationProperties(FailureProperties.class)
public class FailurePolicy {

    private static final Logger log = LoggerFactory.getLogger(FailurePolicy.class);

    private final FailureProperties properties;
    private final RetryConfig retryConfig;
    private final CircuitBreaker elasticsearch;

    FailurePolicy(FailureProperties properties) {
        this.properties = properties;
        this.retryConfig = retryConfig(properties.attempts());
        this.elasticsearch = CircuitBreaker.of("elasticsearch", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.breakerWindow())
                .minimumNumberOfCalls(properties.breakerWindow())
                .failureRateThreshold(properties.breakerFailureRate())
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                // A refused document or request says nothing about the cluster's health.
                .recordException(Failures::isTransient)
                .build());
        elasticsearch.getEventPublisher().onStateTransition(e ->
                log.warn("Elasticsearch circuit breaker: {}", e.getStateTransition()));
    }

    private RetryConfig retryConfig(int attempts) {
        return RetryConfig.custom()
                .maxAttempts(Math.max(1, attempts))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.initialBackoff(), 2.0,
                        properties.maxBackoff()))
                .retryOnException(Failures::isTransient)
                .build();
    }

    /** An Elasticsearch call under the policy. */
    public <T> T elasticsearch(String what, CheckedSupplier<T> call) {
        return elasticsearch(what, call, failure -> { });
    }

    /** An Elasticsearch call under the policy; onRetry hears of every transient failure that will be retried. */
    public <T> T elasticsearch(String what, CheckedSupplier<T> call, Consumer<Throwable> onRetry) {
        return call(what, retryConfig, CircuitBreaker.decorateCheckedSupplier(elasticsearch, call), onRetry);
    }

    /** A call to another service (a webhook) under the same policy, with its own number of attempts. */
    public <T> T external(String what, int attempts, CheckedSupplier<T> call) {
        return call(what, retryConfig(attempts), call, failure -> { });
    }

    private <T> T call(String what, RetryConfig config, CheckedSupplier<T> call, Consumer<Throwable> onRetry) {
        Retry retry = Retry.of(what, config);
        retry.getEventPublisher().onRetry(e -> {
            log.warn("{} failed ({}): retrying in {} ms (attempt {} of {})", what, Failures.describe(e.getLastThrowable()),
                    e.getWaitInterval().toMillis(), e.getNumberOfRetryAttempts(), config.getMaxAttempts());
            onRetry.accept(e.getLastThrowable());
        });
        try {
            return Retry.decorateCheckedSupplier(retry, call).get();
        } catch (Throwable failure) {
            if (failure instanceof Error error && !(failure instanceof AssertionError)) {
                throw error;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException(what + " interrupted", failure);
            }
            if (Failures.isTransient(failure)) {
                throw new TransientFailureException(what, config.getMaxAttempts(), failure);
            }
            throw new PermanentFailureException(what, failure);
        }
    }

    public FailureProperties properties() {
        return properties;
    }
}
