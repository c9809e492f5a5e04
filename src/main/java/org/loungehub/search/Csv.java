package org.loungehub.search;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets read it (RFC 4180, CRLF), made safe for them: feed text that starts like a formula
 * ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @SUM}) is prefixed with a single quote, so Excel and LibreOffice
 * show it as text instead of evaluating it (OWASP's advice on CSV injection). A phone number in E.164 starts with +
 * and is prefixed too: it stays readable and can no longer be a formula.
 */
final class Csv {

    /** Excel reads a UTF-8 file as the system's ANSI code page unless it starts with this byte order mark. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String LINE_END = "\r\n";
    /** Characters a spreadsheet takes as the start of a formula; the full-width ones are a cheap precaution. */
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private Csv() {
    }

    static String row(List<?> values) {
        return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    /** One value as a cell: lists joined with "; ", neutralized if formula-like, quoted when needed. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; ")) : value.toString();
        if (text.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
