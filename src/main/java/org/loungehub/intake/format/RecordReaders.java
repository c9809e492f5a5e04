package org.loungehub.intake.format;

import com.fasterxml.jackson.core.JsonFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Opens the {@link RecordReader} for a feed format. The reader owns the stream from here on: closing the reader
 * closes it, and so does a failure to open.
 */
@Component
public class RecordReaders {

    private final JsonFactory json = JsonFactory.builder().build();

    public RecordReader open(InputStream in, FeedFormat format) throws IOException {
        return open(in, format, ReaderOptions.defaults());
    }

    /**
     * @throws MalformedFeedException when the payload is plainly not {@code format} (some cases are only found
     *                                by the reader's first {@code hasNext()})
     */
    public RecordReader open(InputStream in, FeedFormat format, ReaderOptions options) throws IOException {
        try {
            return switch (format) {
                case JSON -> new JsonArrayRecordReader(in, json, options.maxRecordBytes());
                case NDJSON -> new NdjsonRecordReader(in, json, options.maxRecordBytes());
                case CSV -> openCsv(in, options);
                case XLSX -> new XlsxRecordReader(in);
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private RecordReader openCsv(InputStream in, ReaderOptions options) throws IOException {
        byte[] head = in.readNBytes(CharsetDetector.SNIFF_BYTES);
        boolean whole = head.length < CharsetDetector.SNIFF_BYTES;
        CharsetDetector.Detection detected = CharsetDetector.detect(head, head.length, whole, options.charset());
        InputStream rest = new SequenceInputStream(
                new ByteArrayInputStream(head, detected.bomLength(), head.length - detected.bomLength()), in);
        return new CsvRecordReader(new DecodingReader(rest, detected.charset()), options.delimiter(),
                options.maxRecordBytes());
    }
}
