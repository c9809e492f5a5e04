package org.loungehub.failure;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.http.ConnectionClosedException;
import org.junit.jupiter.api.Test;
import org.loungehub.failure.Failures.Kind;

class FailuresTest {

    @Test
    void noConnectionAndTimeoutsAreTransient() {
        assertThat(Failures.classify(new ConnectException("Connection refused"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new SocketTimeoutException("30,000 milliseconds timeout"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new ConnectionClosedException("Connection closed unexpectedly"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new UncheckedIOException(new ConnectException("refused")))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void throttlingAndServerErrorsOfAWholeRequestAreTransient() {
        assertThat(Failures.classify(elasticsearch(429, "es_rejected_execution_exception"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(elasticsearch(503, "unavailable_shards_exception"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(elasticsearch(500, "exception"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new HttpStatusException(502, "bad gateway"))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void otherClientErrorsOfAWholeRequestArePermanent() {
        assertThat(Failures.classify(elasticsearch(400, "index_closed_exception"))).isEqualTo(Kind.PERMANENT);
        assertThat(Failures.classify(elasticsearch(403, "cluster_block_exception"))).isEqualTo(Kind.PERMANENT);
        assertThat(Failures.classify(new HttpStatusException(413, "Request Entity Too Large"))).isEqualTo(Kind.PERMANENT);
        assertThat(Failures.classify(new HttpStatusException(404, "not found"))).isEqualTo(Kind.PERMANENT);
    }

    @Test
    void aStatusInTheCauseChainDecidesOverTheIoFailureAroundIt() {
        assertThat(Failures.classify(new UncheckedIOException(new java.io.IOException("wrapped",
                new HttpStatusException(400, "bad request"))))).isEqualTo(Kind.PERMANENT);
        assertThat(Failures.status(new RuntimeException(elasticsearch(429, "x")))).hasValue(429);
    }

    @Test
    void bugsAndBadDataArePermanent() {
        assertThat(Failures.classify(new NullPointerException())).isEqualTo(Kind.PERMANENT);
        assertThat(Failures.classify(new IllegalArgumentException("bad value"))).isEqualTo(Kind.PERMANENT);
    }

    @Test
    void anOpenCircuitBreakerIsTransient() {
        assertThat(Failures.classify(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("es"))))
                .isEqualTo(Kind.TRANSIENT);
    }

    private static ElasticsearchException elasticsearch(int status, String type) {
        return new ElasticsearchException("bulk", ErrorResponse.of(r -> r.status(status)
                .error(e -> e.type(type).reason(type))));
    }
}
