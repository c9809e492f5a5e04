package org.loungehub.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional-to-Simplified mapping for single CJK characters, derived once from ICU's transliterator.
 * Only one-to-one mappings are kept so that offsets (and highlighting) stay exact.
 */
final class SimplifiedChineseTable {

    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    private final char[] simplified;

    private SimplifiedChineseTable() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        simplified = new char[LAST - FIRST + 1];
        for (int c = FIRST; c <= LAST; c++) {
            String mapped = toSimplified.transliterate(String.valueOf((char) c));
            simplified[c - FIRST] = mapped.length() == 1 ? mapped.charAt(0) : (char) c;
        }
    }

    /** Holder idiom: the table is built on first use, once per node. */
    private static final class Holder {
        static final SimplifiedChineseTable TABLE = new SimplifiedChineseTable();
    }

    static SimplifiedChineseTable get() {
        return Holder.TABLE;
    }

    char map(char c) {
        return c >= FIRST && c <= LAST ? simplified[c - FIRST] : c;
    }
}
