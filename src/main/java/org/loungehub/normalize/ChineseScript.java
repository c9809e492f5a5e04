package org.loungehub.normalize;

import com.ibm.icu.text.Transliterator;

/** Traditional and Simplified Chinese: folding to Simplified, and telling which script a text is written in. */
public final class ChineseScript {

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");

    /** ICU transliterators are not documented as thread-safe, hence the lock; the texts are short. */
    public synchronized String toSimplified(String text) {
        return toSimplified.transliterate(text);
    }

    private synchronized String toTraditional(String text) {
        return toTraditional.transliterate(text);
    }

    /** True when more of the text's Han characters are Traditional-only than Simplified-only (臺灣 yes, 台湾 no). */
    boolean isTraditional(String text) {
        if (text == null || text.codePoints().noneMatch(ChineseScript::isHan)) {
            return false;
        }
        return differences(text, toSimplified(text)) > differences(text, toTraditional(text));
    }

    private static long differences(String text, String converted) {
        int[] a = text.codePoints().toArray();
        int[] b = converted.codePoints().toArray();
        if (a.length != b.length) {
            return text.equals(converted) ? 0 : 1;
        }
        long count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                count++;
            }
        }
        return count;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
