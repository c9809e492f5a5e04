package org.loungehub.concept;

import java.text.Normalizer;
import org.loungehub.normalize.ChineseScript;

/**
 * Character-for-character folding, so that offsets in the folded text are offsets in the original: full-width to
 * half-width, Traditional to Simplified Chinese (ICU's mapping, as the analysis plugin does), Latin accents dropped.
 * Two tables of 64 K chars, built once per vocabulary: one lowercased, one keeping case for abbreviations.
 */
final class TextFolding {

    private static final int HAN_FIRST = 0x3400;
    private static final int HAN_LAST = 0x9FFF;

    private final char[] lower = new char[Character.MAX_VALUE + 1];
    private final char[] plain = new char[Character.MAX_VALUE + 1];
    /** Per original char: WORD (letter or digit of any script but Han), MARK (combining), or 0. */
    private final byte[] kind = new byte[Character.MAX_VALUE + 1];
    private static final byte WORD = 1;
    private static final byte MARK = 2;

    TextFolding(ChineseScript chinese) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            plain[c] = (char) c;
        }
        foldWidth();
        foldAccents();
        foldTraditional(chinese);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            lower[c] = Character.toLowerCase(plain[c]);
            char p = plain[c];
            kind[c] = Character.isLetterOrDigit(p) && !isHan(p) ? WORD
                    : Character.getType(p) == Character.NON_SPACING_MARK ? MARK : 0;
        }
    }

    /** Whether the char, once folded, is a letter or digit of any script but Han: what tokens are made of. */
    boolean isWord(char c) {
        return kind[c] == WORD;
    }

    /** Combining marks (Hebrew points, accents): inside a word, but not part of its key. */
    boolean isMark(char c) {
        return kind[c] == MARK;
    }

    /** Lowercase, half-width, Simplified, unaccented. */
    char lower(char c) {
        return lower[c];
    }

    /** Half-width, Simplified, unaccented; case kept. */
    char plain(char c) {
        return plain[c];
    }

    String lower(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = lower[text.charAt(i)];
        }
        return new String(folded);
    }

    static boolean isHan(char c) {
        return (c >= HAN_FIRST && c <= HAN_LAST) || (c >= 0xF900 && c <= 0xFAFF);
    }

    private void foldWidth() {
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            plain[c] = (char) (c - 0xFEE0);
        }
        plain['\u3000'] = ' ';
    }

    private void foldAccents() {
        for (char c = '\u00C0'; c <= '\u024F'; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (base.length() > 1 && base.charAt(0) < 0x80 && Character.isLetter(base.charAt(0))) {
                plain[c] = base.charAt(0);
            }
        }
    }

    /**
     * One transliteration of all Han characters in a row: ICU's mapping is per character, so the result has the same
     * length, and one call takes a tenth of the time of one call per character.
     */
    private void foldTraditional(ChineseScript chinese) {
        StringBuilder all = new StringBuilder(HAN_LAST - HAN_FIRST + 1);
        for (int c = HAN_FIRST; c <= HAN_LAST; c++) {
            all.append((char) c);
        }
        String simplified = chinese.toSimplified(all.toString());
        if (simplified.length() != all.length()) {
            throw new IllegalStateException("Traditional-to-Simplified folding did not keep one char per char");
        }
        for (int c = HAN_FIRST; c <= HAN_LAST; c++) {
            plain[c] = simplified.charAt(c - HAN_FIRST);
        }
    }
}
