package org.loungehub.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.loungehub.concept.Concept;
import org.loungehub.concept.ConceptMention;
import org.loungehub.concept.ConceptVocabulary;
import org.loungehub.lexicon.Lexicon;
import org.loungehub.lexicon.Translation;
import org.springframework.beans.factory.ObjectProvider;
import org.loungehub.normalize.LanguageDetector;
import org.springframework.stereotype.Component;

/**
 * Reads a match query before any search: its language, the concepts it names (and the broader ones they imply), and
 * the concepts' other labels — in Chinese, English and Hebrew — that translate the query for listings written in
 * another language (毫米波雷达 → millimeter-wave radar, mmWave radar); and, for the words no concept names, their
 * renderings in the other language from the broad lexicon (养殖 → raise, breed; aquaculture → 水产养殖).
 */
@Component
class QueryAnalyzer {

    /** Broader concepts say less about what is wanted than the ones the query names. */
    static final double BROADER_WEIGHT = 0.3;
    /** Enough labels per concept to bridge languages and spellings without drowning the query's own words. */
    private static final int OTHER_LANGUAGE_LABELS = 4;
    private static final int SAME_LANGUAGE_LABELS = 2;

    private final ConceptVocabulary vocabulary;
    private final LanguageDetector languages;
    /** Loaded on first use: with the translation off (its weight 0, the default) the lexicon is never read. */
    private final ObjectProvider<Lexicon> lexicon;
    private final boolean translate;

    QueryAnalyzer(ConceptVocabulary vocabulary, LanguageDetector languages, ObjectProvider<Lexicon> lexicon,
                  MatchProperties properties) {
        this.vocabulary = vocabulary;
        this.languages = languages;
        this.lexicon = lexicon;
        this.translate = properties.translationBoost() > 0;
    }

    /** @param translation the query's words in the other language (Chinese ↔ English), one term per source word */
    record Analysis(String language, List<QueryConcept> concepts, String expansion, List<Translation> translation) {
    }

    Analysis analyze(String text) {
        return analyze(text, List.of());
    }

    /** For a stored listing: concepts tagged at intake but not named in the text count as broader ones. */
    Analysis analyze(String text, Collection<String> conceptIds) {
        Map<String, String> named = new LinkedHashMap<>();
        for (ConceptMention mention : vocabulary.tag(text)) {
            named.putIfAbsent(mention.conceptId(), mention.surface());
        }
        return analysis(languages.detect(text).orElse(null), named, conceptIds, text);
    }

    /** @param implied concepts known to apply without being named in the text (a listing's industries, ancestors) */
    private static List<String> labels(Concept concept, String language) {
        return switch (language) {
            case "zh" -> concept.zh();
            case "he" -> concept.he();
            default -> concept.en();
        };
    }

    private Analysis analysis(String language, Map<String, String> named, Collection<String> implied, String text) {
        List<QueryConcept> concepts = new ArrayList<>();
        Set<String> expansion = new LinkedHashSet<>();
        String folded = text.toLowerCase(Locale.ROOT);
        named.forEach((id, surface) -> vocabulary.get(id).ifPresent(concept -> {
            concepts.add(new QueryConcept(id, concept.label("zh"), concept.label("en"), surface, 1.0));
            // Other languages first (the translation), then a few synonyms in the query's own language.
            for (String lang : List.of("en", "zh", "he")) {
                int limit = lang.equals(language) ? SAME_LANGUAGE_LABELS : OTHER_LANGUAGE_LABELS;
                labels(concept, lang).stream()
                        .filter(label -> !folded.contains(label.toLowerCase(Locale.ROOT)))
                        .limit(limit)
                        .forEach(expansion::add);
            }
        }));
        Set<String> wider = new LinkedHashSet<>(vocabulary.withBroader(named.keySet()));
        wider.addAll(implied);
        for (String broader : wider) {
            if (!named.containsKey(broader)) {
                vocabulary.get(broader).ifPresent(concept -> concepts.add(
                        new QueryConcept(broader, concept.label("zh"), concept.label("en"), null, BROADER_WEIGHT)));
            }
        }
        // Words a concept names are translated by its curated labels already; the lexicon adds the others.
        List<String> surfaces = named.values().stream().map(surface -> surface.toLowerCase(Locale.ROOT)).toList();
        List<Translation> translation = !translate ? List.of() : lexicon.getObject().translate(text, language).stream()
                .filter(term -> surfaces.stream().noneMatch(surface -> surface.contains(term.source())))
                .toList();
        return new Analysis(language, concepts, expansion.isEmpty() ? null : String.join(" ; ", expansion), translation);
    }
}
