package org.loungehub.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CC-CEDICT line and keeps what can translate a search: the simplified headword (two characters or more,
 * at least one of them Chinese) and its short English glosses, cleaned of notes. Surnames, variant and
 * old-variant references, classifier lists, pronunciation notes, cross-references and explanations longer than a
 * term are left out; an entry left with no gloss is dropped.
 */
final class CedictFilter {

    /** Longer glosses explain rather than translate ("the emergency number for medical assistance ..."). */
    static final int MAX_GLOSS_WORDS = 4;
    static final int MAX_HEADWORD = 8;

    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[([^]]*)] /(.*)/\\s*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final String[] DROPPED_STARTS = {"surname ", "variant of", "old variant of", "erhua variant of",
        "archaic variant of", "japanese variant of", "used in ", "see ", "see also", "cl:", "taiwan pr.", "also pr.",
        "also written", "abbr. for", "abbr. of", "abbr. to", "pr. ", "classifier for", "(classifier", "(bound form)",
        "(onom.)", "(old)", "(archaic)", "(literary)", "(dialect)", "(slang)", "(vulgar)", "(internet slang)",
        "(derog.)", "(euphemism)", "(idiom)", "lit.", "fig.", "radical in chinese characters", "kangxi radical",
        "(chinese surname)", "name of ", "ancient name", "a kind of", "particle", "interjection", "final particle",
        "(coll.)", "(tw)", "(cantonese)", "(neologism", "(lit.", "(fig."};

    private CedictFilter() {
    }

    record Entry(String headword, List<String> glosses) {
    }

    static Optional<Entry> parse(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String headword = m.group(2);
        int length = headword.codePointCount(0, headword.length());
        if (length < 2 || length > MAX_HEADWORD || !CJK.matcher(headword).find()
                || headword.chars().anyMatch(c -> c == '·' || c == '，' || c == ' ')) {
            return Optional.empty();
        }
        List<String> glosses = new ArrayList<>();
        for (String definition : m.group(4).split("/")) {
            String lower = definition.strip().toLowerCase(Locale.ROOT);
            if (dropped(lower) || CJK.matcher(lower).find()) {
                continue;
            }
            for (String part : withoutNotes(lower).split("[;,]")) {
                String gloss = clean(part);
                if (!gloss.isEmpty() && !glosses.contains(gloss)) {
                    glosses.add(gloss);
                }
            }
        }
        return glosses.isEmpty() ? Optional.empty() : Optional.of(new Entry(headword, glosses));
    }

    private static boolean dropped(String definition) {
        for (String start : DROPPED_STARTS) {
            if (definition.startsWith(start)) {
                return true;
            }
        }
        return definition.contains("surname") || definition.contains("variant of") || definition.contains("[");
    }

    /** Notes in parentheses (nested ones too) go before the definition is cut at commas and semicolons. */
    private static String withoutNotes(String definition) {
        String text = definition;
        String before;
        do {
            before = text;
            text = PARENTHESES.matcher(text).replaceAll(" ");
        } while (!text.equals(before));
        return text;
    }

    /** "to"/"a"/"the" and "sb"/"sth" go; what remains must be a short term of plain words. */
    static String clean(String gloss) {
        String text = withoutNotes(gloss).replace("sb's", " ").replace("sth's", " ").replace("one's", " ")
                .replaceAll("\\b(sb|sth|etc|e\\.g|i\\.e|oneself)\\b\\.?", " ")
                .replaceAll("[^a-z0-9\\- ']", " ").replaceAll("\\s+", " ").strip();
        text = text.replaceFirst("^(to be |to |a |an |the )", "").strip();
        if (text.isEmpty() || text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
            return "";
        }
        String[] words = text.split(" ");
        if (words.length > MAX_GLOSS_WORDS || text.chars().noneMatch(Character::isLetter) || text.length() < 2) {
            return "";
        }
        return text;
    }
}
