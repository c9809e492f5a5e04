package org.loungehub.intake.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.listing.CanonicalFields;
import org.springframework.boot.convert.DurationStyle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads and checks one partner configuration file. Every problem is collected, named by file and key, and
 * reported together in one {@link InvalidPartnerConfigException}.
 */
final class PartnerConfigParser {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP_LEVEL = Set.of("id", "name", "format", "charset", "delimiter", "defaults",
            "fields", "valueMaps", "deleteWhen", "sources");
    private static final Map<String, Set<String>> SOURCE_KEYS = Map.of(
            "folder", Set.of("type", "path", "pattern", "delay", "format"),
            "sftp", Set.of("type", "host", "port", "username", "password", "privateKeyFile", "path", "pattern",
                    "delay", "format", "knownHostsFile", "strictHostKeyChecking"),
            "http", Set.of("type", "url", "delay", "format"));
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,62}";

    private final UnaryOperator<String> placeholders;

    /** @param placeholders resolves ${...} in source settings (secrets come from the environment) */
    PartnerConfigParser(UnaryOperator<String> placeholders) {
        this.placeholders = placeholders;
    }

    /**
     * @param origin     the file name, for messages
     * @param expectedId the id the file name implies, or null not to check it
     */
    PartnerConfig parse(String origin, String expectedId, InputStream in) {
        Problems problems = new Problems(origin);
        JsonNode root;
        try (in) {
            root = YAML.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidPartnerConfigException(List.of(origin + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new InvalidPartnerConfigException(List.of(origin + ": cannot be read: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPartnerConfigException(List.of(origin + ": expected a map of settings (id, fields, ...)"));
        }
        PartnerConfig config = read(root, origin, expectedId, problems);
        if (problems.any()) {
            throw new InvalidPartnerConfigException(problems.messages());
        }
        return config;
    }

    private PartnerConfig read(JsonNode root, String origin, String expectedId, Problems problems) {
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!TOP_LEVEL.contains(key)) {
                problems.add(key, "unknown setting (known: " + String.join(", ", sorted(TOP_LEVEL)) + ")");
            }
        }
        String id = text(root, "id", problems);
        if (id == null) {
            problems.add("id", "missing");
        } else if (!id.matches(ID_PATTERN)) {
            problems.add("id", "'" + id + "' must be lower-case letters, digits and '-'");
        } else if (expectedId != null && !id.equals(expectedId)) {
            problems.add("id", "'" + id + "' does not match the file name (" + expectedId + ".yaml)");
        }
        String name = text(root, "name", problems);
        FeedFormat format = format(root.get("format"), "format", problems);
        Charset charset = charset(root, problems);
        char delimiter = delimiter(root, problems);
        Map<String, Object> defaults = defaults(root.get("defaults"), problems);
        Map<String, Map<String, String>> valueMaps = valueMaps(root.get("valueMaps"), problems);
        ExpressionParser expressions = new ExpressionParser(valueMaps, problems);
        Map<String, Expression> fields = fields(root.get("fields"), expressions, problems);
        DeleteRule deleteWhen = deleteRule(root.get("deleteWhen"), expressions, problems);
        List<PartnerSource> sources = sources(root.get("sources"), problems);
        return new PartnerConfig(id, name == null ? id : name, format, charset, delimiter, defaults, fields,
                valueMaps, deleteWhen, sources, origin);
    }

    private static Charset charset(JsonNode root, Problems problems) {
        String name = text(root, "charset", problems);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            problems.add("charset", "unknown charset '" + name + "' (e.g. UTF-8, GB18030, windows-1255)");
            return null;
        }
    }

    private static char delimiter(JsonNode root, Problems problems) {
        String text = text(root, "delimiter", problems);
        if (text == null) {
            return ',';
        }
        if (text.equalsIgnoreCase("tab") || text.equals("\\t")) {
            return '\t';
        }
        if (text.length() != 1 || "\"\r\n".contains(text)) {
            problems.add("delimiter", "expected one character other than a quote or line break (or \"tab\"), found '"
                    + text + "'");
            return ',';
        }
        return text.charAt(0);
    }

    private static Map<String, Object> defaults(JsonNode node, Problems problems) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!isMap(node, "defaults", problems)) {
            return Map.of();
        }
        node.fields().forEachRemaining(entry -> {
            String key = "defaults." + entry.getKey();
            if (!CanonicalFields.ALL.contains(entry.getKey())) {
                problems.add(key, unknownCanonical(entry.getKey()));
            } else if (entry.getValue().isArray()) {
                List<String> values = new ArrayList<>();
                entry.getValue().forEach(v -> values.add(v.asText()));
                defaults.put(entry.getKey(), List.copyOf(values));
            } else if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                defaults.put(entry.getKey(), entry.getValue().asText());
            } else {
                problems.add(key, "expected a value or a list of values");
            }
        });
        return Collections.unmodifiableMap(defaults);
    }

    private static Map<String, Map<String, String>> valueMaps(JsonNode node, Problems problems) {
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        if (!isMap(node, "valueMaps", problems)) {
            return Map.of();
        }
        node.fields().forEachRemaining(entry -> {
            String key = "valueMaps." + entry.getKey();
            if (!isMap(entry.getValue(), key, problems)) {
                return;
            }
            Map<String, String> map = new LinkedHashMap<>();
            entry.getValue().fields().forEachRemaining(pair -> {
                if (pair.getValue().isValueNode() && !pair.getValue().isNull()) {
                    map.put(pair.getKey(), pair.getValue().asText());
                } else {
                    problems.add(key + "." + pair.getKey(), "expected a text value");
                }
            });
            maps.put(entry.getKey(), Collections.unmodifiableMap(map));
        });
        return Collections.unmodifiableMap(maps);
    }

    private static Map<String, Expression> fields(JsonNode node, ExpressionParser expressions, Problems problems) {
        Map<String, Expression> fields = new LinkedHashMap<>();
        if (!isMap(node, "fields", problems)) {
            return Map.of();
        }
        node.fields().forEachRemaining(entry -> {
            String key = "fields." + entry.getKey();
            if (!CanonicalFields.ALL.contains(entry.getKey())) {
                problems.add(key, unknownCanonical(entry.getKey()));
                return;
            }
            Expression expression = expressions.parse(entry.getValue(), key);
            if (expression != null) {
                fields.put(entry.getKey(), expression);
            }
        });
        return Collections.unmodifiableMap(fields);
    }

    private static DeleteRule deleteRule(JsonNode node, ExpressionParser expressions, Problems problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!isMap(node, "deleteWhen", problems)) {
            return null;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!key.equals("field") && !key.equals("equals")) {
                problems.add("deleteWhen." + key, "unknown setting (known: field, equals)");
            }
        });
        if (!node.has("field") || !node.has("equals")) {
            problems.add("deleteWhen", "needs both 'field' and 'equals'");
            return null;
        }
        Expression field = expressions.parse(node.get("field"), "deleteWhen.field");
        Set<String> values = new LinkedHashSet<>();
        JsonNode equals = node.get("equals");
        for (JsonNode value : equals.isArray() ? equals : List.of(equals)) {
            if (!value.isValueNode() || value.isNull()) {
                problems.add("deleteWhen.equals", "expected a value or a list of values");
            } else {
                values.add(value.asText());
            }
        }
        return field == null ? null : new DeleteRule(field, Set.copyOf(values));
    }

    private List<PartnerSource> sources(JsonNode node, Problems problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add("sources", "expected a list");
            return List.of();
        }
        List<PartnerSource> sources = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            PartnerSource source = source(node.get(i), "sources[" + i + "]", problems);
            if (source != null) {
                sources.add(source);
            }
        }
        return List.copyOf(sources);
    }

    private PartnerSource source(JsonNode node, String at, Problems problems) {
        if (!isMap(node, at, problems)) {
            return null;
        }
        String type = text(node, "type", at, problems);
        Set<String> known = type == null ? null : SOURCE_KEYS.get(type);
        if (known == null) {
            problems.add(at + ".type", type == null ? "missing (folder, sftp or http)"
                    : "unknown source type '" + type + "' (folder, sftp or http)");
            return null;
        }
        int before = problems.messages().size();
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add(at + "." + key, "unknown setting for a " + type + " source (known: "
                        + String.join(", ", sorted(known)) + ")");
            }
        });
        FeedFormat format = format(node.get("format"), at + ".format", problems);
        Duration delay = delay(node, at, type.equals("http") ? Duration.ofHours(1) : Duration.ofSeconds(30), problems);
        String pattern = orDefault(setting(node, "pattern", at, problems), "*");
        PartnerSource source = switch (type) {
            case "folder" -> new PartnerSource.Folder(required(node, "path", at, problems), pattern, delay, format);
            case "sftp" -> sftp(node, at, pattern, delay, format, problems);
            case "http" -> http(node, at, delay, format, problems);
            default -> throw new IllegalStateException(type);
        };
        return problems.messages().size() == before ? source : null;
    }

    private PartnerSource sftp(JsonNode node, String at, String pattern, Duration delay, FeedFormat format,
                               Problems problems) {
        String host = required(node, "host", at, problems);
        String username = required(node, "username", at, problems);
        String password = setting(node, "password", at, problems);
        String key = setting(node, "privateKeyFile", at, problems);
        if ((password == null) == (key == null)) {
            problems.add(at, "an sftp source needs exactly one of password and privateKeyFile");
        }
        int port = 22;
        String portText = setting(node, "port", at, problems);
        if (portText != null) {
            try {
                port = Integer.parseInt(portText.strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                problems.add(at + ".port", "expected a port number, found '" + portText + "'");
            }
        }
        String knownHosts = setting(node, "knownHostsFile", at, problems);
        return new PartnerSource.Sftp(host, port, username, password, key,
                orDefault(setting(node, "path", at, problems), "."), pattern, delay, format,
                knownHosts == null || knownHosts.isBlank() ? null : knownHosts.strip(),
                strictHostKeyChecking(node, at, problems));
    }

    /** On unless a source says otherwise: a pull must not hand partner data to whoever answers on that address. */
    private boolean strictHostKeyChecking(JsonNode node, String at, Problems problems) {
        String text = setting(node, "strictHostKeyChecking", at, problems);
        if (text == null || text.isBlank()) {
            return true;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problems.add(at + ".strictHostKeyChecking", "expected true or false, found '" + text + "'");
                yield true;
            }
        };
    }

    private PartnerSource http(JsonNode node, String at, Duration delay, FeedFormat format, Problems problems) {
        String url = required(node, "url", at, problems);
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return new PartnerSource.Http(uri, delay, format);
        } catch (IllegalArgumentException e) {
            problems.add(at + ".url", "'" + url + "' is not an absolute http(s) URL");
            return null;
        }
    }

    private Duration delay(JsonNode node, String at, Duration fallback, Problems problems) {
        String text = setting(node, "delay", at, problems);
        if (text == null) {
            return fallback;
        }
        try {
            Duration delay = DurationStyle.detectAndParse(text.strip());
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException();
            }
            return delay;
        } catch (IllegalArgumentException e) {
            problems.add(at + ".delay", "expected a positive duration such as 30s, 5m or 1h, found '" + text + "'");
            return fallback;
        }
    }

    private static FeedFormat format(JsonNode node, String key, Problems problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        return FeedFormat.named(node.asText()).orElseGet(() -> {
            problems.add(key, "unknown format '" + node.asText() + "' (json, ndjson, csv, xlsx)");
            return null;
        });
    }

    /** A source setting with ${...} resolved from the environment. */
    private String setting(JsonNode node, String name, String at, Problems problems) {
        String value = text(node, name, at, problems);
        if (value == null) {
            return null;
        }
        try {
            return placeholders.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(at + "." + name, e.getMessage());
            return null;
        }
    }

    private String required(JsonNode node, String name, String at, Problems problems) {
        String value = setting(node, name, at, problems);
        if (value == null) {
            if (!node.has(name) || node.get(name).isNull()) {
                problems.add(at + "." + name, "missing");
            }
            return null;
        }
        if (value.isBlank()) {
            problems.add(at + "." + name, "blank");
            return null;
        }
        return value;
    }

    private static String text(JsonNode node, String name, Problems problems) {
        return text(node, name, null, problems);
    }

    private static String text(JsonNode node, String name, String at, Problems problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(at == null ? name : at + "." + name, "expected a text value");
            return null;
        }
        return value.asText();
    }

    private static boolean isMap(JsonNode node, String key, Problems problems) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problems.add(key, "expected a map");
            return false;
        }
        return true;
    }

    private static String unknownCanonical(String field) {
        return "unknown canonical field '" + field + "' (known: " + String.join(", ", CanonicalFields.ALL) + ")";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
