package org.loungehub.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The hub's industry vocabulary: ISIC codes plus the lounge's clusters, loaded from infra/taxonomy (on the
 * classpath under taxonomy/). Turns whatever industry labels a partner sends into codes and clusters.
 */
@Component
public class Taxonomy {

    private static final Pattern ISIC_CODE = Pattern.compile("([A-Z])?(\\d{2,4})?");
    /** Tried when a whole label matches nothing: "医药/医疗器械" names two industries. */
    private static final Pattern LABEL_PARTS = Pattern.compile("[/、,，;；|]");

    private final LabelKey keys = new LabelKey();
    private final Map<String, IsicNode> nodes = new LinkedHashMap<>();
    private final Map<String, String> codeByName = new HashMap<>();
    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<String, List<Cluster>> clustersByName = new HashMap<>();

    public Taxonomy() {
        this(read("taxonomy/isic-rev4-en-zh.tsv"), read("taxonomy/clusters.tsv"));
    }

    Taxonomy(String isicTsv, String clustersTsv) {
        for (String[] row : rows(isicTsv, 5)) {
            IsicNode node = new IsicNode(row[0], row[1].isEmpty() ? null : row[1], Integer.parseInt(row[2]), row[3], row[4]);
            nodes.put(node.code(), node);
            // Groups and their single class share a name: the broader code wins.
            codeByName.putIfAbsent(keys.of(node.en()), node.code());
            codeByName.putIfAbsent(keys.of(node.zh()), node.code());
        }
        for (String[] row : rows(clustersTsv, 6)) {
            Cluster cluster = new Cluster(row[0], row[1], row[2], split(row[3]),
                    concat(split(row[4]), split(row[5])));
            for (String code : cluster.isicCodes()) {
                if (!nodes.containsKey(code)) {
                    throw new IllegalStateException("Cluster " + cluster.id() + " names unknown ISIC code " + code);
                }
            }
            if (clusters.put(cluster.id(), cluster) != null) {
                throw new IllegalStateException("Cluster " + cluster.id() + " is defined twice");
            }
            Set<String> names = new LinkedHashSet<>(List.of(cluster.id(), cluster.zh(), cluster.en()));
            names.addAll(cluster.synonyms());
            for (String name : names) {
                List<Cluster> named = clustersByName.computeIfAbsent(keys.of(name), k -> new ArrayList<>());
                if (!named.contains(cluster)) {
                    named.add(cluster);
                }
            }
        }
    }

    /** Partners use a small vocabulary over and over, and the taxonomy never changes: resolutions are memoized. */
    private static final int CACHE_LIMIT = 20_000;
    private final Map<List<String>, Resolution> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    /** Codes, clusters and labels for a partner's industry labels; labels that match nothing are reported, not errors. */
    public Resolution resolve(List<String> partnerLabels) {
        List<String> key = partnerLabels.stream().filter(java.util.Objects::nonNull).toList();
        Resolution known = resolved.get(key);
        if (known != null) {
            return known;
        }
        Resolution resolution = compute(key);
        if (resolved.size() < CACHE_LIMIT) {
            resolved.put(key, resolution);
        }
        return resolution;
    }

    private Resolution compute(List<String> partnerLabels) {
        Set<String> directCodes = new LinkedHashSet<>();
        Set<Cluster> directClusters = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        for (String label : partnerLabels) {
            if (label == null || label.isBlank()) {
                continue;
            }
            boolean found = resolveOne(label, directCodes, directClusters);
            if (!found) {
                for (String part : LABEL_PARTS.split(label)) {
                    found |= !part.isBlank() && resolveOne(part, directCodes, directClusters);
                }
            }
            if (!found) {
                unresolved.add(label.strip());
            }
        }
        Set<String> codes = new LinkedHashSet<>(directCodes);
        directClusters.forEach(c -> codes.addAll(c.isicCodes()));
        Set<String> clusterIds = new LinkedHashSet<>();
        directClusters.forEach(c -> clusterIds.add(c.id()));
        for (String code : directCodes) {
            for (Cluster cluster : clusters.values()) {
                if (covers(cluster, code)) {
                    clusterIds.add(cluster.id());
                }
            }
        }
        Set<String> labels = new LinkedHashSet<>();
        codes.forEach(code -> labels.addAll(labels(code)));
        clusterIds.forEach(id -> labels.addAll(labels(id)));
        return new Resolution(List.copyOf(codes), List.copyOf(clusterIds), List.copyOf(labels), unresolved);
    }

    public Optional<Cluster> cluster(String id) {
        return Optional.ofNullable(clusters.get(id));
    }

    public List<Cluster> clusters() {
        return List.copyOf(clusters.values());
    }

    /** The Chinese and English names of an ISIC code or a cluster id; empty when it is neither. */
    public List<String> labels(String code) {
        IsicNode node = nodes.get(code);
        if (node != null) {
            return List.of(node.zh(), node.en());
        }
        Cluster cluster = clusters.get(code);
        return cluster == null ? List.of() : List.of(cluster.zh(), cluster.en());
    }

    private boolean resolveOne(String label, Set<String> codes, Set<Cluster> found) {
        Optional<String> code = isicCode(label);
        if (code.isPresent()) {
            codes.add(code.get());
            return true;
        }
        String key = keys.of(label);
        String named = codeByName.get(key);
        if (named != null) {
            codes.add(named);
        }
        List<Cluster> matched = clustersByName.getOrDefault(key, List.of());
        found.addAll(matched);
        return named != null || !matched.isEmpty();
    }

    /** "C21", "21", "2100", "62.01" and "C" name ISIC nodes; a section letter must agree with the digits. */
    private Optional<String> isicCode(String label) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)
                .replaceAll("[\\s.]", "");
        Matcher m = ISIC_CODE.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        String section = m.group(1);
        String digits = m.group(2);
        if (digits == null) {
            return nodes.containsKey(section) ? Optional.of(section) : Optional.empty();
        }
        if (!nodes.containsKey(digits) || (section != null && !section.equals(sectionOf(digits)))) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    private String sectionOf(String code) {
        IsicNode node = nodes.get(code);
        while (node != null && node.parent() != null) {
            node = nodes.get(node.parent());
        }
        return node == null ? null : node.code();
    }

    private boolean covers(Cluster cluster, String code) {
        for (String at = code; at != null; at = nodes.containsKey(at) ? nodes.get(at).parent() : null) {
            if (cluster.isicCodes().contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> rows(String tsv, int columns) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            if (cells.length < columns) {
                throw new IllegalStateException("Taxonomy line " + (i + 1) + " has " + cells.length
                        + " columns, expected " + columns + ": " + lines[i]);
            }
            rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
        }
        return rows;
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String read(String location) {
        try {
            return new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location + " from the classpath (infra/taxonomy)", e);
        }
    }
}
