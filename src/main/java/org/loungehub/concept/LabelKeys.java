package org.loungehub.concept;

/**
 * How a label is matched, and under which key. A label with Han characters is matched as a substring of the
 * folded text (Chinese has no spaces); any other label as a phrase of whole tokens, lowercased and lightly
 * stemmed; a short label written in capitals (AI, QA, IoT, SaaS, 5G, R&D) as tokens of exactly that case, so that
 * "ai" in lowercase prose never counts and SoC (system on chip) is not SOC (security operations center).
 */
final class LabelKeys {

    enum Kind { HAN, WORDS, ABBREVIATION }

    /** Abbreviations are at most this many letters and digits. */
    static final int ABBREVIATION_LENGTH = 4;
    /** Lowercase phrases shorter than this would hit too much. */
    static final int MIN_WORDS_KEY = 3;

    private final TextFolding folding;

    LabelKeys(TextFolding folding) {
        this.folding = folding;
    }

    Kind kind(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (TextFolding.isHan(folding.plain(label.charAt(i)))) {
                return Kind.HAN;
            }
        }
        String exact = exactKey(label);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < exact.length(); i++) {
            char c = exact.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        boolean capitals = upper >= 2 || (upper == 1 && lower == 0);
        return exact.length() <= ABBREVIATION_LENGTH && capitals ? Kind.ABBREVIATION : Kind.WORDS;
    }

    /** The key a running-text label has in its matcher's trie. */
    String key(String label, Kind kind) {
        return switch (kind) {
            case HAN -> folding.lower(label).strip();
            case WORDS -> wordsKey(label);
            case ABBREVIATION -> exactKey(label);
        };
    }

    /**
     * Letters, digits and Han characters only, folded and stemmed: what two labels must share to be "the same
     * label", and the key under which whole-text labels are looked up ("E-commerce & Retail" = "ecommerceretail").
     */
    String wholeKey(CharSequence text) {
        Tokens tokens = Tokens.of(text, folding);
        StringBuilder key = new StringBuilder(text.length());
        int t = 0;
        int i = 0;
        while (i < text.length()) {
            if (t < tokens.count && i == tokens.start[t]) {
                key.append(tokens.words, tokens.wordStart(t), tokens.wordEnd[t] - tokens.wordStart(t));
                i = tokens.end[t++];
            } else {
                char c = folding.lower(text.charAt(i++));
                if (TextFolding.isHan(c)) {
                    key.append(c);
                }
            }
        }
        return key.toString();
    }

    /** True when the label's tokens can be read as one phrase (no comma or bracket between them). */
    boolean isPhrase(String label) {
        Tokens tokens = Tokens.of(label, folding);
        for (int t = 0; t + 1 < tokens.count; t++) {
            if (!tokens.joinsNext[t]) {
                return false;
            }
        }
        return tokens.count > 0;
    }

    private String wordsKey(String label) {
        Tokens tokens = Tokens.of(label, folding);
        return tokens.count == 0 ? "" : new String(tokens.words, 0, tokens.wordEnd[tokens.count - 1]);
    }

    private String exactKey(String label) {
        Tokens tokens = Tokens.of(label, folding);
        return tokens.count == 0 ? "" : new String(tokens.exact, 0, tokens.exactEnd[tokens.count - 1]);
    }
}
