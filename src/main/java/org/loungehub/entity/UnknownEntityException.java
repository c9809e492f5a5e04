package org.loungehub.entity;

public class UnknownEntityException extends RuntimeException {
    public UnknownEntityException(String entityId) {
        super("No listing is linked to entity '" + entityId + "'");
    }
}
