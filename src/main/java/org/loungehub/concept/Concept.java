package org.loungehub.concept;

import java.util.List;

/**
 * A thing listings talk about, in Chinese, English and Hebrew: 毫米波雷达 = millimeter-wave radar. The first
 * label of each language is the preferred one; the rest are synonyms and abbreviations.
 *
 * @param broader the concepts this one implies (parents, the lounge's industry clusters)
 */
public record Concept(String id, List<String> zh, List<String> en, List<String> he, List<String> broader) {

    public Concept {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        he = List.copyOf(he);
        broader = List.copyOf(broader);
    }

    /** The preferred label in a language ("zh", "en", "he"), falling back to English. */
    public String label(String language) {
        List<String> labels = switch (language == null ? "en" : language) {
            case "zh" -> zh;
            case "he" -> he;
            default -> en;
        };
        return labels.isEmpty() ? (en.isEmpty() ? id : en.get(0)) : labels.get(0);
    }
}
