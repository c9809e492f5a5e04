package org.loungehub.intake;

/** A change asked of a batch that has already ended. */
public class BatchFinishedException extends RuntimeException {
    public BatchFinishedException(String batchId, String status) {
        super("Batch '" + batchId + "' has already ended (" + status + ")");
    }
}
