package org.loungehub.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

    private final FailurePolicy policy = new FailurePolicy(new FailureProperties(Duration.ofMillis(1),
            Duration.ofMillis(4), 3, 50, 10, Duration.ofSeconds(1), Duration.ofMinutes(2)));

    @Test
    void retriesATransientFailureAndReturnsTheResultOnceItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = policy.elasticsearch("call", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ConnectException("refused");
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpOnATransientFailureAfterItsAttempts() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> policy.elasticsearch("call", () -> {
            calls.incrementAndGet();
            throw new HttpStatusException(503, "unavailable");
        })).isInstanceOf(TransientFailureException.class).hasMessageContaining("3 attempt(s)").hasMessageContaining("503");
        assertThat(calls).hasValue(3);
    }

    @Test
    void neverRetriesAPermanentFailure() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> policy.elasticsearch("call", () -> {
            calls.incrementAndGet();
            throw new HttpStatusException(400, "index_closed_exception");
        })).isInstanceOf(PermanentFailureException.class).hasMessageContaining("index_closed_exception");
        assertThat(calls).hasValue(1);
    }

    @Test
    void theBreakerOpensAfterTransientFailuresAndSpareTheCluster() {
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> policy.elasticsearch("call", () -> {
                calls.incrementAndGet();
                throw new ConnectException("refused");
            })).isInstanceOf(TransientFailureException.class);
        }
        // 10 calls reached the cluster and opened the breaker; the rest failed without a call
        assertThat(calls).hasValue(10);
    }
}
