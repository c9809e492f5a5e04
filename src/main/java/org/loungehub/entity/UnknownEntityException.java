package org.loungehub.entity;

import org.loungehub.api.ApiProblem;

public class UnknownEntityException extends ApiProblem {
    public UnknownEntityException(String entityId) {
        super(Type.NOT_FOUND, "No listing is linked to entity '" + entityId + "'");
    }
}
