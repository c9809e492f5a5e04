package org.loungehub.intake;

/** Ends a batch that staff cancelled, after its current chunk. */
class BatchCancelledException extends RuntimeException {
    BatchCancelledException(String reason) {
        super(reason);
    }
}
