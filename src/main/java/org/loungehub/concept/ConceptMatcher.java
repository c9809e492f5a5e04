package org.loungehub.concept;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Finds concept labels in a text: one substring trie for labels with Han characters, one token trie for
 * lowercase phrases, one for case-sensitive abbreviations, and a map for whole-text labels. All built once; a
 * call allocates only a few arrays the size of its text and its matches. The longest match wins and mentions never
 * overlap.
 */
final class ConceptMatcher {

    /** Texts longer than this are never a single keyword: whole-text labels are not looked up. */
    private static final int WHOLE_TEXT_LIMIT = 64;
    private static final int WHOLE = 2;
    private static final Comparator<Candidate> LONGEST_FIRST = Comparator.comparingInt((Candidate c) -> c.start - c.end)
            .thenComparingInt(c -> c.start).thenComparingInt(c -> c.priority);

    private final TextFolding folding;
    private final LabelKeys keys;
    private final String[] conceptIds;
    private final Trie han;
    private final Trie words;
    private final Trie exact;
    /** Whole-text keys; several clusters may share one. */
    private final Map<String, int[]> whole;

    ConceptMatcher(TextFolding folding, LabelKeys keys, List<MatchLabel> labels) {
        this.folding = folding;
        this.keys = keys;
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Trie.Builder hanTrie = new Trie.Builder();
        Trie.Builder wordsTrie = new Trie.Builder();
        Trie.Builder exactTrie = new Trie.Builder();
        Map<String, int[]> wholeLabels = new HashMap<>();
        for (MatchLabel label : labels) {
            int number = numbers.computeIfAbsent(label.conceptId(), id -> numbers.size());
            if (label.wholeText()) {
                wholeLabels.merge(label.key(), new int[] {number}, ConceptMatcher::union);
            } else {
                (switch (label.kind()) {
                    case HAN -> hanTrie;
                    case WORDS -> wordsTrie;
                    case ABBREVIATION -> exactTrie;
                }).put(label.key(), number);
            }
        }
        conceptIds = numbers.keySet().toArray(String[]::new);
        han = hanTrie.build();
        words = wordsTrie.build();
        exact = exactTrie.build();
        whole = Map.copyOf(wholeLabels);
    }

    List<ConceptMention> tag(String text) {
        List<ConceptMention> mentions = new ArrayList<>();
        for (Candidate c : select(text)) {
            mentions.add(new ConceptMention(conceptIds[c.value], text.substring(c.start, c.end), c.start, c.end));
        }
        return mentions;
    }

    void tagIds(String text, Consumer<String> ids) {
        for (Candidate c : select(text)) {
            ids.accept(conceptIds[c.value]);
        }
    }

    /**
     * The accepted matches in text order: longest first, then leftmost, never overlapping. Every label ending on
     * the way is a candidate, so a shorter label still counts where the longest one from the same start lost to
     * an overlapping longer match.
     */
    private List<Candidate> select(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        matchHan(text, found);
        Tokens tokens = Tokens.of(text, folding);
        matchTokens(tokens, exact, tokens.exact, tokens.exactEnd, 0, found);
        matchTokens(tokens, words, tokens.words, tokens.wordEnd, 1, found);
        matchWhole(text, found);
        if (found.size() <= 1) {
            return found;
        }
        found.sort(LONGEST_FIRST);
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate candidate : found) {
            if (!overlapsAny(accepted, candidate)) {
                accepted.add(candidate);
            }
        }
        accepted.sort(Comparator.comparingInt(c -> c.start));
        return accepted;
    }

    /** Substrings anywhere; a label that starts or ends with a Latin letter or digit must do so at a word edge. */
    private void matchHan(String text, List<Candidate> found) {
        if (han.isEmpty()) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int node = han.next(Trie.ROOT, folding.lower(text.charAt(i)));
            if (node < 0 || (isWordAt(text, i) && i > 0 && isWordAt(text, i - 1))) {
                continue;
            }
            for (int j = i; node >= 0; ) {
                if (han.value(node) >= 0 && (!isWordAt(text, j) || j + 1 == n || !isWordAt(text, j + 1))) {
                    found.add(new Candidate(i, j + 1, han.value(node), 1));
                }
                node = ++j < n ? han.next(node, folding.lower(text.charAt(j))) : -1;
            }
        }
    }

    /** Phrases of whole tokens, read across joiners: "millimeter-wave" = "millimeter wave" = "millimeterwave". */
    private static void matchTokens(Tokens tokens, Trie trie, char[] chars, int[] tokenEnd, int priority,
                                    List<Candidate> found) {
        if (trie.isEmpty()) {
            return;
        }
        for (int first = 0; first < tokens.count; first++) {
            int node = Trie.ROOT;
            int token = first;
            for (int pos = first == 0 ? 0 : tokenEnd[first - 1]; node >= 0; pos++) {
                if (pos == tokenEnd[token]) {
                    if (trie.value(node) >= 0) {
                        found.add(new Candidate(tokens.start[first], tokens.end[token], trie.value(node), priority));
                    }
                    if (token + 1 == tokens.count || !tokens.joinsNext[token]) {
                        break;
                    }
                    token++;
                }
                node = trie.next(node, chars[pos]);
            }
        }
    }

    private void matchWhole(String text, List<Candidate> found) {
        if (whole.isEmpty() || text.length() > WHOLE_TEXT_LIMIT) {
            return;
        }
        int[] values = whole.get(keys.wholeKey(text));
        if (values != null) {
            int start = 0;
            int end = text.length();
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            for (int value : values) {
                found.add(new Candidate(start, end, value, WHOLE));
            }
        }
    }

    private static boolean overlapsAny(List<Candidate> accepted, Candidate candidate) {
        for (int k = 0; k < accepted.size(); k++) {
            if (accepted.get(k).overlaps(candidate)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWordAt(String text, int i) {
        return folding.isWord(text.charAt(i));
    }

    /** A match: text offsets, concept number, and which matcher found it (lower wins a tie). */
    private record Candidate(int start, int end, int value, int priority) {

        /** Overlapping, except for the several concepts of one shared whole-text label. */
        boolean overlaps(Candidate other) {
            boolean shared = priority == WHOLE && other.priority == WHOLE && start == other.start && end == other.end;
            return start < other.end && other.start < end && !shared;
        }
    }

    private static int[] union(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }
}
