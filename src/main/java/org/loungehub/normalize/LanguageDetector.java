package org.loungehub.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Guesses a text's language from its script: the script with the most letters wins (Han zh, Hebrew he, Arabic ar,
 * Cyrillic ru, kana ja, Hangul ko). Latin text is English unless German, French or Spanish function words clearly
 * outnumber English ones. Enough to pick an analyzer; not a general language identifier.
 */
@Component
public class LanguageDetector {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}']+");
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "for", "with", "on", "that",
            "by", "an", "are", "from", "this", "we", "our", "it", "as", "be");
    private static final Map<String, Set<String>> OTHER_LATIN = Map.of(
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "zu", "den", "ein", "eine",
                    "auf", "im", "dem", "sich", "wir", "des", "zur", "auch", "über"),
            "fr", Set.of("le", "les", "et", "est", "des", "une", "pour", "dans", "du", "avec", "sur", "qui", "au",
                    "aux", "nous", "ce", "cette", "sont", "pas", "par"),
            "es", Set.of("el", "los", "las", "y", "es", "una", "para", "con", "por", "del", "al", "su", "sus",
                    "como", "más", "está", "son", "nuestro", "nuestra", "pero"));

    private static final String LATIN = "latin";
    private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.of(
            Character.UnicodeScript.HEBREW, "he",
            Character.UnicodeScript.ARABIC, "ar",
            Character.UnicodeScript.CYRILLIC, "ru",
            Character.UnicodeScript.HANGUL, "ko",
            Character.UnicodeScript.LATIN, LATIN);

    private final ChineseScript chinese = new ChineseScript();

    /** The language of the text, or empty when it has no letters. */
    public Optional<String> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Map<String, Integer> letters = new HashMap<>();
        int han = 0;
        int kana = 0;
        for (int cp : text.codePoints().filter(Character::isLetter).toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                default -> {
                    String language = SCRIPTS.get(script);
                    if (language != null) {
                        letters.merge(language, 1, Integer::sum);
                    }
                }
            }
        }
        // Japanese writes kanji between kana: with enough kana, the Han letters count as Japanese.
        if (kana * 10 >= han + kana) {
            letters.merge("ja", han + kana, Integer::sum);
        } else {
            letters.merge("zh", han, Integer::sum);
            letters.merge("ja", kana, Integer::sum);
        }
        return letters.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().equals(LATIN) ? latin(text) : e.getKey());
    }

    /** Whether Chinese text is written in Traditional characters (Taiwan, Hong Kong); the language stays "zh". */
    public boolean isTraditional(String text) {
        return chinese.isTraditional(text);
    }

    private static String latin(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int english = 0;
        for (String word : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            if (EN.contains(word)) {
                english++;
            }
            for (Map.Entry<String, Set<String>> language : OTHER_LATIN.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        int englishHits = english;
        return hits.entrySet().stream()
                .filter(e -> e.getValue() >= 3 && e.getValue() > 2 * englishHits)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("en");
    }
}
