package org.loungehub.intake.mapping;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the expressions of a partner configuration (a string or a one-operation map); see the partners README. */
final class ExpressionParser {

    private static final List<String> OPERATIONS = List.of("from", "const", "concat", "template", "path", "firstOf");
    private static final Set<String> FROM_OPTIONS = Set.of("replace", "with", "split", "map");

    private final Map<String, Map<String, String>> valueMaps;
    private final Problems problems;

    ExpressionParser(Map<String, Map<String, String>> valueMaps, Problems problems) {
        this.valueMaps = valueMaps;
        this.problems = problems;
    }

    /** The expression at {@code key}, or null after reporting why it is wrong. */
    Expression parse(JsonNode node, String key) {
        try {
            return expression(node, key);
        } catch (BadExpression e) {
            problems.add(e.key, e.getMessage());
            return null;
        }
    }

    private static final class BadExpression extends RuntimeException {
        final String key;

        BadExpression(String key, String message) {
            super(message);
            this.key = key;
        }
    }

    private Expression expression(JsonNode node, String key) {
        if (node.isTextual()) {
            return alternatives(node.asText(), key);
        }
        if (!node.isObject()) {
            throw new BadExpression(key, "expected a path (\"addresses[0].city\", \"a | b\") or a map such as "
                    + "{from: ..., split: \";\"}, found " + node.getNodeType().name().toLowerCase());
        }
        List<String> heads = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (OPERATIONS.contains(name)) {
                heads.add(name);
            } else if (!FROM_OPTIONS.contains(name) && !name.equals("separator")) {
                throw new BadExpression(key + "." + name, "unknown expression key (known: "
                        + String.join(", ", OPERATIONS) + "; with from: replace, with, split, map; with concat: "
                        + "separator)");
            }
        }
        if (heads.size() != 1) {
            throw new BadExpression(key, "an expression map needs exactly one of " + String.join(", ", OPERATIONS)
                    + (heads.isEmpty() ? "" : ", found " + String.join(" and ", heads)));
        }
        String head = heads.get(0);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean allowed = name.equals(head) || head.equals("from") && FROM_OPTIONS.contains(name)
                    || head.equals("concat") && name.equals("separator");
            if (!allowed) {
                throw new BadExpression(key + "." + name, "'" + name + "' does not go with '" + head + "'");
            }
        }
        JsonNode argument = node.get(head);
        String at = key + "." + head;
        return switch (head) {
            case "path" -> path(text(argument, at), at);
            case "const" -> constant(argument, at);
            case "from" -> transform(node, key);
            case "concat" -> new Expression.Concat(list(argument, at),
                    node.has("separator") ? text(node.get("separator"), key + ".separator") : " ");
            case "template" -> template(text(argument, at), at);
            case "firstOf" -> new Expression.FirstOf(list(argument, at));
            default -> throw new IllegalStateException(head);
        };
    }

    private Expression transform(JsonNode node, String key) {
        Expression from = expression(node.get("from"), key + ".from");
        Pattern replace = null;
        if (node.has("replace")) {
            String regex = text(node.get("replace"), key + ".replace");
            try {
                replace = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new BadExpression(key + ".replace", "not a regular expression: " + e.getDescription());
            }
        } else if (node.has("with")) {
            throw new BadExpression(key + ".with", "'with' needs 'replace'");
        }
        String with = node.has("with") ? text(node.get("with"), key + ".with") : "";
        List<String> split = null;
        if (node.has("split")) {
            JsonNode separators = node.get("split");
            split = new ArrayList<>();
            for (JsonNode separator : separators.isArray() ? separators : List.of(separators)) {
                String s = text(separator, key + ".split");
                if (s.isEmpty()) {
                    throw new BadExpression(key + ".split", "a separator cannot be empty");
                }
                split.add(s);
            }
        }
        Map<String, String> valueMap = null;
        if (node.has("map")) {
            String name = text(node.get("map"), key + ".map");
            valueMap = valueMaps.get(name);
            if (valueMap == null) {
                throw new BadExpression(key + ".map", "unknown value map '" + name + "' (valueMaps: "
                        + String.join(", ", new TreeSet<>(valueMaps.keySet())) + ")");
            }
        }
        return new Expression.Transform(from, replace, with, split == null ? null : List.copyOf(split), valueMap);
    }

    private Expression constant(JsonNode argument, String key) {
        if (argument.isArray()) {
            List<String> values = new ArrayList<>();
            argument.forEach(v -> values.add(text(v, key)));
            return new Expression.Const(List.copyOf(values));
        }
        return new Expression.Const(text(argument, key));
    }

    private List<Expression> list(JsonNode argument, String key) {
        if (!argument.isArray() || argument.isEmpty()) {
            throw new BadExpression(key, "expected a non-empty list of expressions");
        }
        List<Expression> parts = new ArrayList<>();
        for (int i = 0; i < argument.size(); i++) {
            parts.add(expression(argument.get(i), key + "[" + i + "]"));
        }
        return List.copyOf(parts);
    }

    private Expression template(String text, String key) {
        List<String> literals = new ArrayList<>();
        List<Expression.Path> placeholders = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf('{', from);
            int close = text.indexOf('}', from);
            if (open < 0) {
                if (close >= 0) {
                    throw new BadExpression(key, "'}' without '{' in \"" + text + "\"");
                }
                literals.add(text.substring(from));
                break;
            }
            close = text.indexOf('}', open);
            if (close < 0 || text.lastIndexOf('}', open) >= from) {
                throw new BadExpression(key, "unbalanced braces in \"" + text + "\"");
            }
            literals.add(text.substring(from, open));
            placeholders.add(path(text.substring(open + 1, close).strip(), key));
            from = close + 1;
        }
        if (placeholders.isEmpty()) {
            throw new BadExpression(key, "a template needs at least one {field}; use const for fixed text");
        }
        return new Expression.Template(text, List.copyOf(literals), List.copyOf(placeholders));
    }

    private Expression alternatives(String text, String key) {
        String[] parts = text.split("\\|", -1);
        if (parts.length == 1) {
            return path(text.strip(), key);
        }
        List<Expression> paths = new ArrayList<>();
        for (String part : parts) {
            paths.add(path(part.strip(), key));
        }
        return new Expression.FirstOf(List.copyOf(paths));
    }

    /** {@code name(.name|[n])*}; names may hold any character but '.', '[', ']', '|', '{' and '}'. */
    static Expression.Path parsePath(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty path");
        }
        List<Expression.Path.Step> steps = new ArrayList<>();
        int i = 0;
        boolean needName = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                String digits = close < 0 ? "" : text.substring(i + 1, close);
                if (needName || steps.isEmpty() || !digits.matches("\\d{1,9}")) {
                    throw new IllegalArgumentException("expected [number] at position " + (i + 1));
                }
                steps.add(new Expression.Path.Index(Integer.parseInt(digits)));
                i = close + 1;
            } else if (c == '.') {
                if (steps.isEmpty() || needName) {
                    throw new IllegalArgumentException("an empty name before '.' at position " + (i + 1));
                }
                needName = true;
                i++;
            } else {
                if (!steps.isEmpty() && !needName) {
                    throw new IllegalArgumentException("expected '.' or '[' at position " + (i + 1));
                }
                int end = i;
                while (end < text.length() && ".[".indexOf(text.charAt(end)) < 0) {
                    if ("]|{}".indexOf(text.charAt(end)) >= 0) {
                        throw new IllegalArgumentException("'" + text.charAt(end) + "' at position " + (end + 1));
                    }
                    end++;
                }
                steps.add(new Expression.Path.Key(text.substring(i, end)));
                needName = false;
                i = end;
            }
        }
        if (needName) {
            throw new IllegalArgumentException("a name is missing after the last '.'");
        }
        return new Expression.Path(text, List.copyOf(steps));
    }

    private Expression.Path path(String text, String key) {
        try {
            return parsePath(text);
        } catch (IllegalArgumentException e) {
            throw new BadExpression(key, "bad path \"" + text + "\": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String key) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw new BadExpression(key, "expected a text value");
        }
        return node.asText();
    }
}
