package org.loungehub.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;

/**
 * The multilingual full-text query over a listing's analyzed fields. Each text field is indexed four ways
 * (Chinese words, CJK bigrams, English stems, folded Latin); the query asks all of them and lets the best field of
 * each kind count, so a Chinese query matches through words or bigrams and an English one through stems.
 */
public final class TextQuery {

    /** Field and boost: titles and keywords say more about a listing than a long description. */
    static final List<String> FIELDS = List.of(
            "title^3", "title.bigram^2", "title.en^3", "title.folded^2",
            "keywords^2", "keywords.bigram^1.5", "keywords.en^2",
            "description", "description.bigram^0.7", "description.en", "description.folded^0.7",
            "organization^1.5", "organization.zh",
            "industryLabels", "industryLabels.en");

    private TextQuery() {
    }

    /** Any term may match; more matching terms in better fields rank higher. */
    public static Query of(String text, float boost) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(FIELDS)
                .type(TextQueryType.MostFields).operator(Operator.Or).boost(boost)));
    }
}
