package org.loungehub.intake;

import org.loungehub.intake.format.FeedFormat;

/** A first look at a payload, enough to refuse one that cannot be the declared format at all. */
final class PayloadCheck {

    private PayloadCheck() {
    }

    static void verify(FeedFormat format, byte[] head) {
        int i = firstSignificant(head);
        if (i < 0) {
            throw new MalformedPayloadException("The feed is empty: send at least one record");
        }
        byte first = head[i];
        switch (format) {
            case JSON -> {
                if (first != '[' && first != '{') {
                    throw new MalformedPayloadException("The feed is declared as JSON but does not start with '[' or '{' "
                            + "(it starts with '" + preview(head, i) + "'): send a JSON array of records");
                }
            }
            case NDJSON -> {
                if (first != '{') {
                    throw new MalformedPayloadException("The feed is declared as NDJSON but its first line does not start "
                            + "with '{' (it starts with '" + preview(head, i) + "'): send one JSON object per line");
                }
            }
            case XLSX -> {
                if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
                    throw new MalformedPayloadException("The feed is declared as an Excel .xlsx workbook but is not one "
                            + "(xlsx files are zip archives): save it as .xlsx, or send CSV");
                }
            }
            case CSV -> {
                if (first == '{' || first == '[' || (head.length > 1 && head[0] == 'P' && head[1] == 'K')) {
                    throw new MalformedPayloadException("The feed is declared as CSV but looks like "
                            + (first == 'P' ? "a zip or xlsx file" : "JSON") + ": set the Content-Type or ?format= to match");
                }
            }
            default -> {
            }
        }
    }

    /** Index of the first byte that is not whitespace or a UTF-8 byte order mark; -1 for an empty head. */
    static int firstSignificant(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length ? i : -1;
    }

    private static String preview(byte[] head, int from) {
        String text = new String(head, from, Math.min(20, head.length - from), java.nio.charset.StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ");
    }
}
