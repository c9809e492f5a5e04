package org.loungehub.intake;

public class UnknownBatchException extends RuntimeException {
    public UnknownBatchException(String batchId) {
        super("No batch '" + batchId + "': batch ids are returned by the push that created them");
    }
}
