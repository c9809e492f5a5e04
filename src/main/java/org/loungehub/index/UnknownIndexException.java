package org.loungehub.index;

import org.loungehub.api.ApiProblem;

/** A request named an index the hub does not manage. */
public class UnknownIndexException extends ApiProblem {
    public UnknownIndexException(String name) {
        super(Type.NOT_FOUND, "No index named '" + name + "': the hub manages the indices in infra/elasticsearch/templates");
    }
}
