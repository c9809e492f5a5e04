package org.loungehub.concept;

/**
 * Light English stemming, applied alike to labels and texts so that "batteries" meets "battery", "sensors"
 * "sensor" and "monitoring" "monitor". Deliberately weaker than Porter: "marketing" must not become "market",
 * nor "engineering" "engineer", "accounting" "account" or "programming" "program" (different jobs), nor
 * "networking" "network". Works in place on lowercase ASCII words; anything else (Hebrew, digits) is left alone.
 */
final class Stemmer {

    private static final String[] KEEP_ING = {"marketing", "engineering", "accounting", "programming", "networking"};
    /** Not plurals: "news" must not become "new". */
    private static final String[] KEEP_S = {"news", "series", "species", "lens", "canvas", "atlas", "bias", "alias",
        "chaos"};

    private Stemmer() {
    }

    /** Stems {@code w[from..to)} in place and returns its new end. */
    static int stem(char[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (w[i] < 'a' || w[i] > 'z') {
                return to;
            }
        }
        int length = to - from;
        if (isOneOf(w, from, to, KEEP_S)) {
            return to;
        }
        if (length > 4 && endsWith(w, from, to, "ies")) {
            w[to - 3] = 'y';
            to -= 2;
        } else if (length > 3 && w[to - 1] == 's') {
            if (endsWith(w, from, to, "sses") || endsWith(w, from, to, "xes") || endsWith(w, from, to, "ches")
                    || endsWith(w, from, to, "shes")) {
                to -= 2;
            } else if (!endsWith(w, from, to, "ss") && !endsWith(w, from, to, "us") && !endsWith(w, from, to, "is")) {
                to -= 1;
            }
        }
        // At least four letters before "ing": "mining" stays (not "min"), and so do "gaming" and "coding".
        if (to - from > 6 && endsWith(w, from, to, "ing") && !isOneOf(w, from, to, KEEP_ING)
                && hasVowel(w, from, to - 3)) {
            to -= 3;
            char last = w[to - 1];
            if (last == w[to - 2] && "aeiouylsz".indexOf(last) < 0) {
                to -= 1; // planning → plan, shipping → ship
            }
        }
        return to;
    }

    private static boolean endsWith(char[] w, int from, int to, String suffix) {
        int n = suffix.length();
        if (to - from < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (w[to - n + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneOf(char[] w, int from, int to, String[] words) {
        for (String word : words) {
            if (to - from == word.length() && endsWith(w, from, to, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVowel(char[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("aeiouy".indexOf(w[i]) >= 0) {
                return true;
            }
        }
        return false;
    }
}
