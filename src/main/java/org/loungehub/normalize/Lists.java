package org.loungehub.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Partner lists sent as one delimited string, a list, or both: split, trimmed, deduplicated, order kept. */
final class Lists {

    static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,;，；、|\\r\\n]+");
    /**
     * No comma and no 、: ISIC names have them ("Agriculture, forestry and fishing", 计算机、电子和光学产品的制造).
     * The taxonomy still tries the parts of a label that matches nothing as a whole.
     */
    static final Pattern INDUSTRY_SEPARATORS = Pattern.compile("[;；|\\r\\n]+");

    private Lists() {
    }

    /** Case- and width-insensitive deduplication: "AI", "ai" and "ＡＩ" keep the first one sent. */
    static List<String> split(List<String> values, Pattern separators) {
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            for (String item : separators.split(value)) {
                String text = item.replaceAll("\\s+", " ").strip();
                String key = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                if (!text.isEmpty() && seen.add(key)) {
                    items.add(text);
                }
            }
        }
        return items;
    }
}
