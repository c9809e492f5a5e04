package org.loungehub.failure;

/** A call that failed in a way retrying cannot fix (Failures): the unit of work ends with this reason. */
public class PermanentFailureException extends RuntimeException {

    public PermanentFailureException(String what, Throwable cause) {
        super(what + " failed: " + Failures.describe(cause), cause);
    }
}
