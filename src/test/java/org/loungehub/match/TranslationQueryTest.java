package org.loungehub.match;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loungehub.lexicon.Translation;

class TranslationQueryTest {

    private static final List<Translation> TRANSLATION = List.of(
            new Translation("蜂蜜", "en", List.of("honey")),
            new Translation("安全", "en", List.of("safe", "secure", "safety")),
            new Translation("drip irrigation", "zh", List.of("滴灌")));

    @Test
    void eachSourceWordIsOneDisMaxOfItsRenderingsSearchedAsPhrasesInTheirLanguagesFields() {
        Query query = TranslationQuery.of(TRANSLATION, 0.3f);

        assertThat(query.bool().boost()).isEqualTo(0.3f);
        List<Query> terms = query.bool().should();
        assertThat(terms).hasSize(3).allMatch(Query::isDisMax);
        List<MultiMatchQuery> security = terms.get(1).disMax().queries().stream().map(Query::multiMatch).toList();
        assertThat(security).extracting(MultiMatchQuery::query).containsExactly("safe", "secure", "safety");
        assertThat(security).allMatch(m -> m.type() == TextQueryType.Phrase && m.fields().equals(TranslationQuery.ENGLISH_FIELDS));
        MultiMatchQuery chinese = terms.get(2).disMax().queries().get(0).multiMatch();
        assertThat(chinese.query()).isEqualTo("滴灌");
        assertThat(chinese.fields()).isEqualTo(TranslationQuery.CHINESE_FIELDS);
    }

    @Test
    void addsNothingWithoutATranslatedWordOrWithABoostOfZero() {
        assertThat(TranslationQuery.of(List.of(), 0.3f)).isNull();
        assertThat(TranslationQuery.of(TRANSLATION, 0f)).isNull();
    }
}
