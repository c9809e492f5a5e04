package org.loungehub.normalize;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Consent as partners write it (yes/no in English, Chinese or Hebrew, or 1/0), and the partner's original record
 * without a person's contact values, for a listing indexed without them.
 */
final class Consents {

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "是", "同意", "已同意", "כן");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "否", "不同意", "未同意", "לא");

    Checked<Boolean> given(String raw) {
        String key = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (YES.contains(key)) {
            return Checked.ok(true);
        }
        if (NO.contains(key)) {
            return Checked.ok(false);
        }
        return Checked.problem(Checked.quote(raw) + " is not a yes or no; use true or false (是, 否)");
    }

    /**
     * The record without the given values: an entry whose text is one of them is left out, and a text that
     * contains one loses it. Nested objects and lists are walked. Used for the original kept with a listing.
     */
    static Map<String, Object> without(Map<String, Object> original, Set<String> values) {
        if (original == null || values.isEmpty()) {
            return original;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        original.forEach((key, value) -> {
            Object cleaned = clean(value, values);
            if (cleaned != null) {
                kept.put(key, cleaned);
            }
        });
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static Object clean(Object value, Set<String> values) {
        if (value instanceof String text) {
            String stripped = text.strip();
            if (values.contains(stripped)) {
                return null;
            }
            for (String personal : values) {
                text = text.replace(personal, "");
            }
            return text;
        }
        if (value instanceof Map<?, ?> map) {
            return without((Map<String, Object>) map, values);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> clean(v, values)).filter(v -> v != null).toList();
        }
        return value;
    }
}
