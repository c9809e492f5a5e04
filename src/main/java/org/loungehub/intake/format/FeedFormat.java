package org.loungehub.intake.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The feed formats partners send. */
public enum FeedFormat {

    /** One JSON array of objects (a single object is read as one record). */
    JSON("application/json", ".json"),
    /** One JSON object per line (JSON Lines). */
    NDJSON("application/x-ndjson", ".ndjson", ".jsonl"),
    /** RFC 4180 CSV with a header row; charset declared or detected. */
    CSV("text/csv", ".csv"),
    /** The first sheet of an Excel workbook, first row as header. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String[] extensions;

    FeedFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The lower-case name used in partner configurations and drafts ("ndjson"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named in a partner configuration or a request parameter ("csv", "NDJSON", "jsonl"). */
    public static Optional<FeedFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("jsonl")) {
            return Optional.of(NDJSON);
        }
        return Arrays.stream(values()).filter(f -> f.id().equals(n)).findFirst();
    }

    /**
     * Decides the format from what is known about a payload, most explicit first: the content type, then the file
     * name's extension, then the first bytes. Generic content types (octet-stream, text/plain) do not decide.
     *
     * @param contentType the request's or the file's content type, parameters allowed; may be null
     * @param fileName    the file name; may be null
     * @param head        the first bytes of the payload (a few hundred are enough); may be null or short
     * @return empty when nothing fits, e.g. an HTML page
     */
    public static Optional<FeedFormat> detect(String contentType, String fileName, byte[] head) {
        return fromContentType(contentType)
                .or(() -> fromFileName(fileName))
                .or(() -> sniff(head));
    }

    static Optional<FeedFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/json", "text/json" -> Optional.of(JSON);
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
                 "application/jsonlines", "application/x-jsonlines" -> Optional.of(NDJSON);
            case "text/csv", "application/csv", "text/comma-separated-values" -> Optional.of(CSV);
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }

    static Optional<FeedFormat> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> Arrays.stream(f.extensions).anyMatch(name::endsWith))
                .findFirst();
    }

    static Optional<FeedFormat> sniff(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(XLSX);
        }
        int i = CharsetDetector.bomLength(head, head.length);
        while (i < head.length && isJsonWhitespace(head[i])) {
            i++;
        }
        if (i == head.length) {
            return Optional.empty();
        }
        return switch (head[i]) {
            case '[' -> Optional.of(JSON);
            case '{' -> Optional.of(NDJSON);
            // Markup (HTML error pages, XML) and binary content are no feed format.
            case '<', 0 -> Optional.empty();
            default -> Optional.of(CSV);
        };
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
