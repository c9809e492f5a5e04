package org.loungehub.concept;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.loungehub.normalize.ChineseScript;
import org.loungehub.taxonomy.Cluster;
import org.loungehub.taxonomy.Taxonomy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The hub's bilingual concepts: the lounge's industry clusters plus every {@code concepts/*.tsv} on the classpath
 * (infra/concepts). Elasticsearch has no synonym filters here, so Chinese–English equivalence lives in the hub:
 * listings are tagged with concept ids at ingest, and queries can be translated through the same concepts.
 * Loading fails, listing every problem, when the files are inconsistent.
 */
@Component
public class ConceptVocabulary {

    private static final String LOCATION = "classpath*:concepts/*.tsv";

    private final Map<String, Concept> concepts;
    private final Map<String, Set<String>> ancestors;
    private final ConceptMatcher matcher;
    private final String version;

    @Autowired
    public ConceptVocabulary(Taxonomy taxonomy) {
        this(taxonomy, readFiles());
    }

    /** @param files concept files by name, read in name order */
    ConceptVocabulary(Taxonomy taxonomy, Map<String, String> files) {
        Map<String, String> sorted = new LinkedHashMap<>();
        files.keySet().stream().sorted().forEach(name -> sorted.put(name, files.get(name)));
        TextFolding folding = new TextFolding(new ChineseScript());
        LabelKeys keys = new LabelKeys(folding);
        VocabularyAssembly assembly = new VocabularyAssembly(taxonomy.clusters(), sorted, keys);
        if (!assembly.problems.isEmpty()) {
            throw new IllegalStateException("The concept vocabulary (infra/concepts) has " + assembly.problems.size()
                    + " problem(s):\n  " + String.join("\n  ", assembly.problems));
        }
        concepts = Map.copyOf(assembly.concepts);
        ancestors = Map.copyOf(assembly.ancestors);
        matcher = new ConceptMatcher(folding, keys, assembly.labels);
        version = hash(taxonomy.clusters(), sorted);
    }

    public Optional<Concept> get(String id) {
        return Optional.ofNullable(id == null ? null : concepts.get(id));
    }

    /** Every concept named in the text, in text order, with offsets in the text as given. */
    public List<ConceptMention> tag(String text) {
        return matcher.tag(text);
    }

    /** The ids of the concepts named in any of the texts (nulls skipped), sorted. */
    public Set<String> tagIds(String... texts) {
        Set<String> ids = new TreeSet<>();
        for (String text : texts) {
            matcher.tagIds(text, ids::add);
        }
        return ids;
    }

    /** The ids with every concept they imply through broader, transitively; unknown ids are kept as they are. */
    public Set<String> withBroader(Collection<String> ids) {
        Set<String> all = new TreeSet<>();
        for (String id : ids) {
            all.add(id);
            all.addAll(ancestors.getOrDefault(id, Set.of()));
        }
        return all;
    }

    public int size() {
        return concepts.size();
    }

    /** Changes whenever a concept file or the clusters change: a hint to re-tag what was tagged before. */
    public String version() {
        return version;
    }

    private static Map<String, String> readFiles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Map<String, String> files = new LinkedHashMap<>();
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            for (Resource resource : resources) {
                files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION + " (infra/concepts)", e);
        }
    }

    private static String hash(List<Cluster> clusters, Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Cluster cluster : clusters) {
                digest.update(cluster.toString().getBytes(StandardCharsets.UTF_8));
            }
            files.forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(content.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
