package org.loungehub.index;

/** A request named an index the hub does not manage. */
public class UnknownIndexException extends RuntimeException {
    public UnknownIndexException(String name) {
        super("No index named '" + name + "': the hub manages the indices in infra/elasticsearch/templates");
    }
}
