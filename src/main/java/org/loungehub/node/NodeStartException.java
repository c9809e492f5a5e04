package org.loungehub.node;

/** The local node could not be started; the message says why and what to do. */
public class NodeStartException extends RuntimeException {

    public NodeStartException(String message) {
        super(message);
    }

    public NodeStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
