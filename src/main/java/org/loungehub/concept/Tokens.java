package org.loungehub.concept;

import java.util.Arrays;

/**
 * A text cut into word tokens (runs of letters and digits of any script but Han, which the substring matcher
 * handles), each kept in two forms laid end to end: {@code words}, lowercased and lightly stemmed, and
 * {@code exact}, case kept, for abbreviations. Tokens are contiguous in both buffers, so a label written as one
 * word ("millimeterwave") and one written as several ("millimeter-wave", "millimeter wave") meet: the matcher
 * walks across token ends. Built per text; the arrays are as small as the text.
 */
final class Tokens {

    int count;
    int[] start = new int[16];
    int[] end = new int[16];
    /** Token i is {@code words[wordEnd[i - 1] .. wordEnd[i])} (from 0 for the first). */
    int[] wordEnd = new int[16];
    int[] exactEnd = new int[16];
    /** Whether token i and i + 1 may be read as one phrase: only spaces and joiners ("-", "/", "&", ".") between. */
    boolean[] joinsNext = new boolean[16];
    final char[] words;
    final char[] exact;

    private Tokens(int length) {
        words = new char[length];
        exact = new char[length];
    }

    int wordStart(int token) {
        return token == 0 ? 0 : wordEnd[token - 1];
    }

    static Tokens of(CharSequence text, TextFolding folding) {
        int n = text.length();
        Tokens tokens = new Tokens(n);
        char[] words = tokens.words;
        char[] exact = tokens.exact;
        int w = 0;
        int x = 0;
        int i = 0;
        while (i < n) {
            if (!folding.isWord(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            boolean possessive = false;
            int wordFrom = w;
            int exactFrom = x;
            while (i < n) {
                char original = text.charAt(i);
                char c = folding.plain(original);
                if (folding.isWord(original)) {
                    words[w++] = folding.lower(original);
                    exact[x++] = c;
                    i++;
                } else if (folding.isMark(original) || isHebrewAbbreviationMark(text, i)) {
                    i++; // Hebrew points and the " of מכ"ם, combining accents: part of the word, not of its key
                } else if ((c == '\'' || c == '\u2019') && isPossessive(text, i, folding)) {
                    possessive = true;
                    i += 2;
                    break;
                } else {
                    break;
                }
            }
            // C++, C#, F#: the signs belong to a short name, not to arithmetic in a long word.
            while (!possessive && i < n && i - s <= 2 && (text.charAt(i) == '+' || text.charAt(i) == '#')) {
                words[w++] = text.charAt(i);
                exact[x++] = text.charAt(i);
                i++;
            }
            w = Stemmer.stem(words, wordFrom, w);
            x = abbreviationSingular(exact, exactFrom, x);
            tokens.add(s, i, w, x);
        }
        for (int t = 0; t + 1 < tokens.count; t++) {
            tokens.joinsNext[t] = joinable(text, tokens.end[t], tokens.start[t + 1]);
        }
        return tokens;
    }

    /**
     * "millimeter-wave", "AI / ML", "R&D", "Node.js" and "machine\nlearning" join; a comma, a bracket, a Han
     * character or the end of a sentence (". ") do not.
     */
    private static boolean joinable(CharSequence text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        boolean dot = false;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dot = true;
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                space = true;
            } else if ("-/&_+'\u2010\u2011\u2013\uFF0D\uFF0F\uFF06".indexOf(c) < 0) {
                return false;
            }
        }
        return !(dot && space);
    }

    private void add(int s, int e, int w, int x) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            wordEnd = Arrays.copyOf(wordEnd, count * 2);
            exactEnd = Arrays.copyOf(exactEnd, count * 2);
            joinsNext = Arrays.copyOf(joinsNext, count * 2);
        }
        start[count] = s;
        end[count] = e;
        wordEnd[count] = w;
        exactEnd[count] = x;
        count++;
    }

    /** "Vayyar's": the 's belongs to the word (and its offsets) but not to its key. */
    private static boolean isPossessive(CharSequence text, int i, TextFolding folding) {
        return i + 1 < text.length() && folding.lower(text.charAt(i + 1)) == 's'
                && (i + 2 == text.length() || !folding.isWord(text.charAt(i + 2)));
    }

    /** The gershayim or geresh (or a quote standing for them) between two Hebrew letters: מנכ"ל, צ'יפ. */
    private static boolean isHebrewAbbreviationMark(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '"' || c == '\'' || c == '\u05F3' || c == '\u05F4' || c == '\u2019' || c == '\u201D')
                && i > 0 && i + 1 < text.length() && isHebrewLetter(text.charAt(i - 1))
                && isHebrewLetter(text.charAt(i + 1));
    }

    private static boolean isHebrewLetter(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    /** "LLMs", "SoCs", "APIs": a lowercase s after a capital or digit is a plural of the abbreviation. */
    private static int abbreviationSingular(char[] exact, int from, int to) {
        if (to - from >= 3 && exact[to - 1] == 's') {
            char before = exact[to - 2];
            if (Character.isUpperCase(before) || Character.isDigit(before)) {
                return to - 1;
            }
        }
        return to;
    }
}
