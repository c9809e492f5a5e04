package org.loungehub.console;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A highlighted fragment from Elasticsearch (HTML-escaped text, matches in em tags) cut into plain-text pieces, so
 * that the page escapes every piece itself and marks the matched ones: partner text is never rendered as HTML.
 */
public final class Marks {

    private Marks() {
    }

    public static List<Piece> of(String fragment) {
        List<Piece> pieces = new ArrayList<>();
        if (fragment == null) {
            return pieces;
        }
        int at = 0;
        while (at < fragment.length()) {
            int open = fragment.indexOf("<em>", at);
            int close = open < 0 ? -1 : fragment.indexOf("</em>", open + 4);
            if (open < 0 || close < 0) {
                add(pieces, fragment.substring(at), false);
                break;
            }
            add(pieces, fragment.substring(at, open), false);
            add(pieces, fragment.substring(open + 4, close), true);
            at = close + 5;
        }
        return pieces;
    }

    private static void add(List<Piece> pieces, String escaped, boolean marked) {
        if (!escaped.isEmpty()) {
            pieces.add(new Piece(HtmlUtils.htmlUnescape(escaped), marked));
        }
    }

    /** @param text plain text, to be escaped where it is shown */
    public record Piece(String text, boolean marked) {
    }
}
