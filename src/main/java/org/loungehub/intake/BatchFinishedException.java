package org.loungehub.intake;

import org.loungehub.api.ApiProblem;

/** A change asked of a batch that has already ended (answered as 409). */
public class BatchFinishedException extends ApiProblem {
    public BatchFinishedException(String batchId, String status) {
        super(Type.CONFLICT, "Batch '" + batchId + "' has already ended (" + status + ")");
    }
}
