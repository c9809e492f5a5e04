package org.loungehub.intake.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** The iterator bookkeeping shared by the readers: each reader only says how to read its next record. */
abstract class AbstractRecordReader implements RecordReader {

    private RawRecord next;
    private boolean finished;

    /** The next record, or null at the end of the feed. */
    protected abstract RawRecord readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public final RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord record = next;
        next = null;
        return record;
    }
}
