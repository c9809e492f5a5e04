package org.loungehub.intake.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns record values into the String / List-of-String shape of drafts. */
final class Values {

    private Values() {
    }

    static Object of(Object node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            flatten(list, path, out);
            return out;
        }
        return scalar(node, path);
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            flatten(list, "", out);
            return out;
        }
        return value == null ? List.of() : List.of(scalar(value, ""));
    }

    private static void flatten(List<?> list, String path, List<String> out) {
        for (Object element : list) {
            if (element instanceof List<?> inner) {
                flatten(inner, path, out);
            } else if (element != null) {
                out.add(scalar(element, path));
            }
        }
    }

    private static String scalar(Object node, String path) {
        if (node instanceof Map<?, ?>) {
            throw new ExpressionException("'" + path + "' is an object, not a value; name a field inside it");
        }
        if (node instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (node instanceof Double || node instanceof Float) {
            return BigDecimal.valueOf(((Number) node).doubleValue()).toPlainString();
        }
        return String.valueOf(node);
    }

    static String describe(Object node) {
        if (node instanceof Map<?, ?>) {
            return "an object";
        }
        if (node instanceof List<?>) {
            return "a list";
        }
        if (node instanceof Number) {
            return "a number";
        }
        if (node instanceof Boolean) {
            return "a boolean";
        }
        return "a string";
    }
}
