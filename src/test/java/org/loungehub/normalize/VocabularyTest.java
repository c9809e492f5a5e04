package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.loungehub.listing.Kind;
import org.loungehub.listing.Side;

class VocabularyTest {

    private final Vocabulary vocabulary = new Vocabulary();

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {"company=COMPANY", "COMPANY=COMPANY", " Technology =TECHNOLOGY",
            "企业=COMPANY", "公司=COMPANY", "技术=TECHNOLOGY", "成果=TECHNOLOGY", "人才=TALENT", "岗位=TALENT",
            "资本=CAPITAL", "投资=CAPITAL", "Investor=CAPITAL", "טכנולוגיה=TECHNOLOGY"})
    void readsKindsInEnglishChineseAndHebrew(String raw, Kind kind) {
        assertThat(vocabulary.kind(raw)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {"supply=SUPPLY", "Demand=DEMAND", "供给=SUPPLY", "供应=SUPPLY",
            "提供=SUPPLY", "需求=DEMAND", "offer=SUPPLY", "request=DEMAND"})
    void readsSidesInEnglishAndChinese(String raw, Side side) {
        assertThat(vocabulary.side(raw)).contains(side);
    }

    @ParameterizedTest
    @ValueSource(strings = {"startup", "人", "both"})
    void knowsNoOtherKindsOrSides(String raw) {
        assertThat(vocabulary.kind(raw)).isEmpty();
        assertThat(vocabulary.side(raw)).isEmpty();
    }
}
