package org.loungehub.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A partner's original record (nested maps, lists and texts) with a person's values masked. */
public final class Originals {

    private Originals() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> mask(Map<String, Object> original, TextMask mask) {
        if (original == null || mask.isEmpty()) {
            return original;
        }
        Map<String, Object> masked = new LinkedHashMap<>();
        original.forEach((key, value) -> masked.put(mask.mask(key), maskValue(value, mask)));
        return masked;
    }

    @SuppressWarnings("unchecked")
    private static Object maskValue(Object value, TextMask mask) {
        if (value instanceof String text) {
            return mask.mask(text);
        }
        if (value instanceof Map<?, ?> map) {
            return mask((Map<String, Object>) map, mask);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> maskValue(v, mask)).toList();
        }
        if (value instanceof Number number && mask.foundIn(number.toString())) {
            return TextMask.ERASED;
        }
        return value;
    }
}
