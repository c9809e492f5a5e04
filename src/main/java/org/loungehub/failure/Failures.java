package org.loungehub.failure;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.util.OptionalInt;
import org.elasticsearch.client.ResponseException;

/**
 * Tells a failure worth retrying from one that will fail the same way again. Transient: no connection, a timeout,
 * throttling (429), a server error (5xx), the circuit breaker open. Permanent: any other 4xx for the whole request,
 * bad data, a bug. An HTTP status found anywhere in the cause chain decides; an I/O failure without one is transient.
 */
public final class Failures {

    public enum Kind { TRANSIENT, PERMANENT }

    private Failures() {
    }

    public static Kind classify(Throwable failure) {
        OptionalInt status = status(failure);
        if (status.isPresent()) {
            return transientStatus(status.getAsInt()) ? Kind.TRANSIENT : Kind.PERMANENT;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof CallNotPermittedException) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.PERMANENT;
    }

    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Kind.TRANSIENT;
    }

    /** Throttled, timed out at a proxy or the server, or a server error: the same request may succeed later. */
    public static boolean transientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** The HTTP status of the first failure in the chain that carries one. */
    public static OptionalInt status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpStatusException e) {
                return OptionalInt.of(e.status());
            }
            if (t instanceof ElasticsearchException e) {
                return OptionalInt.of(e.status());
            }
            if (t instanceof TransportException e && e.statusCode() > 0) {
                return OptionalInt.of(e.statusCode());
            }
            if (t instanceof ResponseException e) {
                return OptionalInt.of(e.getResponse().getStatusLine().getStatusCode());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    /** One line for a status or a log: the class and message of the failure and of its root cause. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        if (root != failure && root.getMessage() != null && !text.contains(root.getMessage())) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        OptionalInt status = status(failure);
        return status.isPresent() && !text.contains(String.valueOf(status.getAsInt()))
                ? "HTTP " + status.getAsInt() + " " + text : text;
    }
}
