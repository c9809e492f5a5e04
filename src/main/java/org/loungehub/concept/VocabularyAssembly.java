package org.loungehub.concept;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.loungehub.taxonomy.Cluster;

/**
 * Turns the lounge's clusters and the concept files into concepts, their ancestors and the labels the matcher
 * uses, and collects every problem on the way: malformed ids, duplicate ids, concepts without a Chinese or an
 * English label, unknown or cyclic broader ids, labels too short to match safely, and labels two concepts claim.
 *
 * <p>Clusters are concepts under their own ids. Their Chinese and English names match running text; their
 * synonyms, written for whole industry labels, match only a whole text. A concept file row with a cluster's id
 * adds labels and broader ids to that cluster instead of defining a new concept.
 *
 * <p>A label (compared folded and stemmed, abbreviations case-sensitively) belongs to one concept. When several
 * claim it and one of them has all the others among its ancestors, that most specific one takes it: it implies
 * the others anyway ("machine learning" is the machine-learning concept, not the ai cluster). Clusters may share a
 * whole-text synonym, as clusters.tsv allows. Any other shared label is a problem.
 */
final class VocabularyAssembly {

    static final String CLUSTERS_ORIGIN = "taxonomy/clusters.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String WHOLE_TEXT = "=";
    private static final String EXACT_CASE = "^";

    final Map<String, Concept> concepts = new LinkedHashMap<>();
    final Map<String, Set<String>> ancestors = new LinkedHashMap<>();
    final List<MatchLabel> labels = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final LabelKeys keys;

    VocabularyAssembly(List<Cluster> clusters, Map<String, String> files, LabelKeys keys) {
        this.keys = keys;
        clusters.forEach(this::addCluster);
        files.forEach((name, content) -> ConceptFile.parse(name, content, problems).forEach(this::addRow));
        drafts.values().forEach(this::checkBroader);
        drafts.keySet().forEach(id -> ancestors.put(id, ancestorsOf(id, new LinkedHashSet<>())));
        drafts.values().forEach(d -> concepts.put(d.id, d.concept()));
        resolveLabels();
    }

    private void addCluster(Cluster cluster) {
        Draft draft = new Draft(cluster.id(), CLUSTERS_ORIGIN, true);
        // "Mining, oil and gas" cannot be one phrase of running text; it can still be a whole industry label.
        draft.zh.add(keys.isPhrase(cluster.zh()) || hasHan(cluster.zh()) ? cluster.zh() : WHOLE_TEXT + cluster.zh());
        draft.en.add(keys.isPhrase(cluster.en()) ? cluster.en() : WHOLE_TEXT + cluster.en());
        for (String synonym : cluster.synonyms()) {
            (hasHan(synonym) ? draft.zh : draft.en).add(WHOLE_TEXT + synonym);
        }
        drafts.put(draft.id, draft);
    }

    private void addRow(ConceptRow row) {
        if (!ID.matcher(row.id()).matches()) {
            problems.add(row.origin() + ": id \"" + row.id() + "\" must be lowercase letters and digits joined by -");
            return;
        }
        Draft draft = drafts.get(row.id());
        if (draft != null && (!draft.cluster || draft.extendedAt != null)) {
            problems.add(row.origin() + ": duplicate id " + row.id() + " (first at "
                    + (draft.extendedAt != null ? draft.extendedAt : draft.origin) + ")");
            return;
        }
        if (draft != null) {
            draft.extendedAt = row.origin();
        } else {
            if (row.zh().isEmpty()) {
                problems.add(row.origin() + ": " + row.id() + " has no zh label");
            }
            if (row.en().isEmpty()) {
                problems.add(row.origin() + ": " + row.id() + " has no en label");
            }
            draft = new Draft(row.id(), row.origin(), false);
            drafts.put(draft.id, draft);
        }
        draft.zh.addAll(row.zh());
        draft.en.addAll(row.en());
        draft.he.addAll(row.he());
        draft.broader.addAll(row.broader());
    }

    private void checkBroader(Draft draft) {
        for (String parent : List.copyOf(draft.broader)) {
            if (parent.equals(draft.id) || !drafts.containsKey(parent)) {
                problems.add(draft.where() + ": " + draft.id + " has "
                        + (parent.equals(draft.id) ? "itself" : "the unknown id " + parent) + " as broader");
                draft.broader.remove(parent);
            }
        }
    }

    private Set<String> ancestorsOf(String id, Set<String> path) {
        Set<String> found = new LinkedHashSet<>();
        if (!path.add(id)) {
            problems.add(drafts.get(id).where() + ": broader ids go round in a circle: " + String.join(" > ", path)
                    + " > " + id);
            return found;
        }
        for (String parent : drafts.get(id).broader) {
            found.add(parent);
            found.addAll(ancestorsOf(parent, path));
        }
        path.remove(id);
        return found;
    }

    private void resolveLabels() {
        Map<String, Map<String, List<MatchLabel>>> claims = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (Draft draft : drafts.values()) {
            for (String raw : draft.allLabels()) {
                MatchLabel label = matchLabel(draft, raw);
                if (label != null) {
                    String identity = label.kind() == LabelKeys.Kind.ABBREVIATION ? "exact:" + label.key()
                            : "folded:" + keys.wholeKey(text(raw));
                    written.putIfAbsent(identity, text(raw));
                    claims.computeIfAbsent(identity, k -> new LinkedHashMap<>())
                            .computeIfAbsent(draft.id, k -> new ArrayList<>()).add(label);
                }
            }
        }
        Set<MatchLabel> kept = new LinkedHashSet<>();
        for (Map.Entry<String, Map<String, List<MatchLabel>>> claim : claims.entrySet()) {
            Map<String, List<MatchLabel>> claimants = claim.getValue();
            String owner = mostSpecific(claimants.keySet());
            if (owner == null && sharedByClusters(claimants)) {
                claimants.values().forEach(kept::addAll);
            } else if (owner == null) {
                List<String> who = claimants.keySet().stream().map(id -> id + " (" + drafts.get(id).where() + ")").toList();
                problems.add("label \"" + written.get(claim.getKey()) + "\" is claimed by " + String.join(" and ", who)
                        + "; keep it on one, or make that one narrower than the others (broader)");
            } else {
                kept.addAll(claimants.get(owner));
            }
        }
        labels.addAll(kept);
    }

    /**
     * clusters.tsv lets clusters share a synonym (计算机科学与技术 is both AI and big data) and the taxonomy resolves
     * it to all of them; as a whole-text label it names all of them here too.
     */
    private boolean sharedByClusters(Map<String, List<MatchLabel>> claimants) {
        return claimants.entrySet().stream().allMatch(claimant -> drafts.get(claimant.getKey()).cluster
                && claimant.getValue().stream().allMatch(MatchLabel::wholeText));
    }

    /** The claimant that has every other claimant among its ancestors, or null. */
    private String mostSpecific(Set<String> claimants) {
        for (String candidate : claimants) {
            Set<String> above = ancestors.get(candidate);
            if (claimants.stream().allMatch(other -> other.equals(candidate) || above.contains(other))) {
                return candidate;
            }
        }
        return null;
    }

    private MatchLabel matchLabel(Draft draft, String raw) {
        boolean wholeText = raw.startsWith(WHOLE_TEXT);
        String text = text(raw);
        LabelKeys.Kind kind = raw.startsWith(EXACT_CASE) ? LabelKeys.Kind.ABBREVIATION : keys.kind(text);
        String whole = keys.wholeKey(text);
        String problem = null;
        if (whole.isEmpty()) {
            problem = "has no letters or digits";
        } else if (kind == LabelKeys.Kind.HAN && whole.length() == 1) {
            problem = "is a single Chinese character, which would match inside too many words";
        } else if (!wholeText && kind != LabelKeys.Kind.HAN && !keys.isPhrase(text)) {
            problem = "has a comma, bracket or other break inside, so it could never match as one phrase";
        } else if (!wholeText && kind == LabelKeys.Kind.WORDS && whole.length() < LabelKeys.MIN_WORDS_KEY) {
            problem = "is too short to match safely in lowercase; write it in capitals (an abbreviation) or mark it"
                    + " whole-text with " + WHOLE_TEXT;
        }
        if (problem != null) {
            problems.add(draft.where() + ": label \"" + raw + "\" of " + draft.id + " " + problem);
            return null;
        }
        return wholeText ? new MatchLabel(draft.id, kind, whole, true)
                : new MatchLabel(draft.id, kind, keys.key(text, kind), false);
    }

    /** The label without its mark: {@code =} whole text only, {@code ^} this exact case only (React, not react). */
    private static String text(String raw) {
        return raw.startsWith(WHOLE_TEXT) || raw.startsWith(EXACT_CASE) ? raw.substring(1).strip() : raw;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A concept being put together from a cluster and/or a file row. */
    private static final class Draft {

        final String id;
        final String origin;
        final boolean cluster;
        String extendedAt;
        final Set<String> zh = new LinkedHashSet<>();
        final Set<String> en = new LinkedHashSet<>();
        final Set<String> he = new LinkedHashSet<>();
        final Set<String> broader = new LinkedHashSet<>();

        Draft(String id, String origin, boolean cluster) {
            this.id = id;
            this.origin = origin;
            this.cluster = cluster;
        }

        String where() {
            return extendedAt != null ? extendedAt : origin;
        }

        List<String> allLabels() {
            List<String> all = new ArrayList<>(zh);
            all.addAll(en);
            all.addAll(he);
            return all;
        }

        Concept concept() {
            return new Concept(id, plain(zh), plain(en), plain(he), List.copyOf(broader));
        }

        private static List<String> plain(Set<String> labels) {
            Set<String> seen = new HashSet<>();
            return labels.stream().map(VocabularyAssembly::text).filter(seen::add).toList();
        }
    }
}
