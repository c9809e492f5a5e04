package org.loungehub.match;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import org.loungehub.lexicon.Translation;

/**
 * The query's words in the other language, as one BM25 clause: each source word is one {@code dis_max} of its
 * renderings, so a word with five senses counts no more than a word with one, and a listing gains by the best
 * rendering it contains. A rendering is searched as a phrase ("drip irrigation", 水产养殖), in the fields of its
 * language only: English stems for English, Chinese words and bigrams for Chinese.
 */
final class TranslationQuery {

    static final List<String> ENGLISH_FIELDS = List.of("title.en^3", "keywords.en^2", "description.en", "industryLabels.en");
    static final List<String> CHINESE_FIELDS = List.of("title^3", "title.bigram^2", "keywords^2", "keywords.bigram^1.5",
            "description", "description.bigram^0.7", "industryLabels");

    private TranslationQuery() {
    }

    /** Null when there is nothing to add (no translated word, or a boost of 0). */
    static Query of(List<Translation> translation, float boost) {
        if (translation == null || translation.isEmpty() || boost <= 0) {
            return null;
        }
        List<Query> terms = translation.stream().map(TranslationQuery::term).toList();
        return Query.of(q -> q.bool(b -> b.should(terms).boost(boost)));
    }

    private static Query term(Translation term) {
        List<String> fields = "zh".equals(term.language()) ? CHINESE_FIELDS : ENGLISH_FIELDS;
        List<Query> renderings = term.alternatives().stream().map(text -> Query.of(q -> q.multiMatch(m -> m
                .query(text).fields(fields).type(TextQueryType.Phrase)))).toList();
        return Query.of(q -> q.disMax(d -> d.queries(renderings)));
    }
}
