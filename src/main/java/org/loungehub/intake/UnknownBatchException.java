package org.loungehub.intake;

import org.loungehub.api.ApiProblem;

public class UnknownBatchException extends ApiProblem {
    public UnknownBatchException(String batchId) {
        super(Type.NOT_FOUND, "No batch '" + batchId + "': batch ids are returned by the push that created them");
    }
}
