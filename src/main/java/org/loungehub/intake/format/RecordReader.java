package org.loungehub.intake.format;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Pulls the records of one feed one at a time from its stream; nothing is read ahead beyond a buffer, so feeds
 * of any size pass in constant memory. A record that cannot be read comes back as a {@link RawRecord} with an
 * error, and reading goes on with the next one where the format allows it.
 * <p>
 * {@link #hasNext()} throws {@link MalformedFeedException} when the payload is not the expected format at all,
 * and {@link java.io.UncheckedIOException} when the stream itself fails. Closing the reader closes the stream.
 */
public interface RecordReader extends Iterator<RawRecord>, Closeable {
}
