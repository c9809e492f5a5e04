package org.loungehub.taxonomy;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison form of an industry label: width-folded (NFKC), lowercase, Simplified Chinese, single spaces.
 * "Ｆｉｎｔｅｃｈ", "FINTECH" and "fintech" compare equal; so do 醫藥 and 医药.
 */
final class LabelKey {

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

    String of(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = folded.replaceAll("\\s+", " ").strip();
        return simplified(folded);
    }

    // ICU transliterators are not documented as thread-safe.
    private synchronized String simplified(String text) {
        return toSimplified.transliterate(text);
    }
}
