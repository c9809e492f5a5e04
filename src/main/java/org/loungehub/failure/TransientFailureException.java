package org.loungehub.failure;

/**
 * A call that kept failing transiently until its retry budget ran out (or the circuit breaker is open): the unit of
 * work is left where it is, to be taken up again later.
 */
public class TransientFailureException extends RuntimeException {

    public TransientFailureException(String what, int attempts, Throwable cause) {
        super(what + " still failing after " + attempts + " attempt(s): " + Failures.describe(cause), cause);
    }
}
