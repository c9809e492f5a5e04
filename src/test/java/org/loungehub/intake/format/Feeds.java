package org.loungehub.intake.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: open readers on literal payloads and drain them. */
final class Feeds {

    static final RecordReaders READERS = new RecordReaders();

    private Feeds() {
    }

    static List<RawRecord> readAll(FeedFormat format, String text, Charset charset, ReaderOptions options) {
        return readAll(format, new ByteArrayInputStream(text.getBytes(charset)), options);
    }

    static List<RawRecord> readAll(FeedFormat format, InputStream in, ReaderOptions options) {
        try (RecordReader reader = READERS.open(in, format, options)) {
            List<RawRecord> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String path) {
        InputStream in = Feeds.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        return in;
    }

    /**
     * An endless stream of generated lines that fails if more than {@code budget} bytes are read before
     * {@link #allowAll()}: proves a reader hands out its first record without reading the feed to its end.
     */
    static final class EndlessFeed extends InputStream {
        private final byte[] head;
        private final byte[] line;
        private final long budget;
        private long position;
        private boolean unlimited;

        EndlessFeed(String head, String line, long budget) {
            this.head = head.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.line = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.budget = budget;
        }

        void allowAll() {
            unlimited = true;
        }

        long position() {
            return position;
        }

        @Override
        public int read() throws IOException {
            if (!unlimited && position >= budget) {
                throw new IOException("read " + position + " bytes before the first record was consumed");
            }
            long p = position++;
            if (p < head.length) {
                return head[(int) p] & 0xFF;
            }
            return line[(int) ((p - head.length) % line.length)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len && (unlimited || position < budget)) {
                b[off + n++] = (byte) read();
            }
            if (n == 0) {
                throw new IOException("read " + position + " bytes before the first record was consumed");
            }
            return n;
        }
    }
}
