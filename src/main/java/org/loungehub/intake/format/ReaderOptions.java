package org.loungehub.intake.format;

import java.nio.charset.Charset;

/**
 * How to read a feed.
 *
 * @param charset        CSV only: the partner's declared charset; null to detect it (BOM, else UTF-8 or GB18030)
 * @param delimiter      CSV only: the field delimiter
 * @param maxRecordBytes a record (CSV record, NDJSON line, JSON array element) larger than this becomes an error
 *                       record instead of being held in memory
 */
public record ReaderOptions(Charset charset, char delimiter, int maxRecordBytes) {

    public static final int DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;

    public ReaderOptions {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("a CSV delimiter cannot be a quote or a line break");
        }
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive");
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(null, ',', DEFAULT_MAX_RECORD_BYTES);
    }

    public ReaderOptions withCharset(Charset charset) {
        return new ReaderOptions(charset, delimiter, maxRecordBytes);
    }

    public ReaderOptions withDelimiter(char delimiter) {
        return new ReaderOptions(charset, delimiter, maxRecordBytes);
    }

    public ReaderOptions withMaxRecordBytes(int maxRecordBytes) {
        return new ReaderOptions(charset, delimiter, maxRecordBytes);
    }
}
