package org.loungehub.intake.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a canonical field's value comes from in a partner's record (see infra/partners/README.md). Evaluating
 * gives null, a String or a List of Strings; numbers and booleans become their plain text.
 */
public sealed interface Expression {

    /** @throws ExpressionException when the record's shape does not fit (e.g. an object where a value belongs) */
    Object evaluate(Map<String, Object> record);

    static boolean isBlank(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.stream().allMatch(Expression::isBlank);
    }

    /**
     * A dotted path with [index] steps: {@code addresses[0].city}. A name step applied to a list applies to each
     * element ({@code addresses.city} gives every address's city). A key that literally equals the whole path
     * (a CSV column named "contact.email") is taken first.
     */
    record Path(String text, List<Step> steps) implements Expression {

        public sealed interface Step {
        }

        public record Key(String name) implements Step {
        }

        public record Index(int index) implements Step {
        }

        @Override
        public Object evaluate(Map<String, Object> record) {
            Object node = record.containsKey(text) ? record.get(text) : navigate(record, 0);
            return Values.of(node, text);
        }

        private Object navigate(Object node, int step) {
            if (node == null || step == steps.size()) {
                return node;
            }
            Step next = steps.get(step);
            if (next instanceof Key key) {
                if (node instanceof Map<?, ?> map) {
                    return navigate(map.get(key.name()), step + 1);
                }
                if (node instanceof List<?> list) {
                    List<Object> each = new ArrayList<>(list.size());
                    for (Object element : list) {
                        each.add(navigate(element, step));
                    }
                    return each;
                }
                throw new ExpressionException("'" + text + "': before '" + key.name() + "' there is "
                        + Values.describe(node) + ", not an object");
            }
            int index = ((Index) next).index();
            if (node instanceof List<?> list) {
                return index < list.size() ? navigate(list.get(index), step + 1) : null;
            }
            throw new ExpressionException("'" + text + "': before [" + index + "] there is " + Values.describe(node)
                    + ", not a list");
        }
    }

    /** {@code a | b | c}: the first alternative that is not blank. */
    record FirstOf(List<Expression> alternatives) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> record) {
            for (Expression alternative : alternatives) {
                Object value = alternative.evaluate(record);
                if (!isBlank(value)) {
                    return value;
                }
            }
            return null;
        }
    }

    /** {@code {const: ...}}: the same value for every record. */
    record Const(Object value) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> record) {
            return value;
        }
    }

    /**
     * {@code {from: ..., replace: regex, with: ..., split: ";", map: name}}: the value of {@code from}, then each
     * step that is set, in this order, on each element of a list. Values missing from the map pass unchanged.
     */
    record Transform(Expression from, Pattern replace, String with, List<String> split,
                     Map<String, String> valueMap) implements Expression {

        @Override
        public Object evaluate(Map<String, Object> record) {
            Object value = from.evaluate(record);
            if (value == null) {
                return null;
            }
            List<String> values = value instanceof String s ? List.of(s) : Values.strings(value);
            List<String> out = new ArrayList<>();
            for (String v : values) {
                if (replace != null) {
                    v = replace.matcher(v).replaceAll(Matcher.quoteReplacement(with));
                }
                for (String part : split == null ? List.of(v) : splitAll(v)) {
                    out.add(valueMap == null ? part : valueMap.getOrDefault(part.strip(), part));
                }
            }
            return value instanceof String && split == null ? out.get(0) : out;
        }

        private List<String> splitAll(String value) {
            List<String> parts = List.of(value);
            for (String separator : split) {
                List<String> next = new ArrayList<>();
                for (String part : parts) {
                    next.addAll(List.of(part.split(Pattern.quote(separator), -1)));
                }
                parts = next;
            }
            return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
    }

    /** {@code {concat: [a, b], separator: " "}}: the non-blank values joined. */
    record Concat(List<Expression> parts, String separator) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> record) {
            List<String> values = new ArrayList<>();
            for (Expression part : parts) {
                Object value = part.evaluate(record);
                if (value != null) {
                    Values.strings(value).stream().filter(v -> !v.isBlank()).map(String::strip).forEach(values::add);
                }
            }
            return values.isEmpty() ? null : String.join(separator, values);
        }
    }

    /**
     * {@code {template: "{title} ({level})"}}: placeholders are paths; a missing one is empty, and the result is
     * null when every placeholder is blank.
     */
    record Template(String text, List<String> literals, List<Path> placeholders) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> record) {
            StringBuilder out = new StringBuilder(literals.get(0));
            boolean any = false;
            for (int i = 0; i < placeholders.size(); i++) {
                Object value = placeholders.get(i).evaluate(record);
                if (!isBlank(value)) {
                    any = true;
                    out.append(String.join(", ", Values.strings(value)).strip());
                }
                out.append(literals.get(i + 1));
            }
            return any ? out.toString().strip() : null;
        }
    }
}
