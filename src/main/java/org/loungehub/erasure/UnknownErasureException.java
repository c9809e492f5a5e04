package org.loungehub.erasure;

public class UnknownErasureException extends RuntimeException {

    public UnknownErasureException(String id) {
        super("No erasure '" + id + "'");
    }
}
