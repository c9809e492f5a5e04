package org.loungehub.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.of("""
            # a header
            水产养殖\taquaculture
            水产\taquatic products
            养殖\tcultivate|breed|raise|rear
            滴灌\tdrip irrigate
            灌溉\tirrigate
            鱼塘\tfishpond
            养鱼\tfish farming|raise fish
            网络\tinternet|network
            安全\tsafe|secure|safety|security
            保安\tsecurity guard|security
            安保\tsecurity
            需要\tneed|want|require
            传感器\tsensor|transducer
            """);

    @Test
    void loadsEveryHeadwordWithItsGlosses() {
        assertThat(LEXICON.size()).isEqualTo(13);
        assertThat(LEXICON.english("养殖")).containsExactly("cultivate", "breed", "raise", "rear");
        assertThat(LEXICON.english("未知")).isEmpty();
    }

    @Test
    void cutsChineseTextIntoTheLongestWordsAndKeepsTheFirstSensesOfEach() {
        assertThat(LEXICON.fromChinese("需要水产养殖和网络安全的传感器")).containsExactly(
                new Translation("水产养殖", "en", List.of("aquaculture")),
                new Translation("网络", "en", List.of("internet", "network")),
                new Translation("安全", "en", List.of("safe", "secure", "safety")),
                new Translation("传感器", "en", List.of("sensor", "transducer")));
    }

    @Test
    void readsTraditionalChineseAsSimplifiedAndLeavesLatinWordsAlone() {
        assertThat(LEXICON.fromChinese("5G 網絡 AI 滴灌")).extracting(Translation::source).containsExactly("网络", "滴灌");
    }

    @Test
    void rendersTheLongestEnglishPhraseFirstAndLeavesOutWordsThatOnlyFrameTheSearch() {
        assertThat(LEXICON.fromEnglish("Looking for fish farming and drip irrigation for the farms")).containsExactly(
                new Translation("fish farming", "zh", List.of("养鱼")),
                new Translation("drip irrigation", "zh", List.of("滴灌")));
    }

    @Test
    void prefersTheWordsWhoseFirstSenseIsThePhrase() {
        assertThat(LEXICON.fromEnglish("security")).containsExactly(
                new Translation("security", "zh", List.of("安保", "保安", "安全")));
    }

    @Test
    void translatesByTheQueryLanguage() {
        assertThat(LEXICON.translate("灌溉", "zh")).extracting(Translation::language).containsExactly("en");
        assertThat(LEXICON.translate("irrigation", "en")).containsExactly(new Translation("irrigation", "zh", List.of("灌溉")));
        assertThat(LEXICON.translate("irrigation", null)).hasSize(1);
    }

    @Test
    void theShippedLexiconLoadsFromTheClasspath() {
        Lexicon shipped = new Lexicon();
        assertThat(shipped.size()).isGreaterThan(80_000);
        assertThat(shipped.english("水产养殖")).containsExactly("aquaculture");
        assertThat(shipped.fromEnglish("aquaculture")).extracting(Translation::alternatives).first()
                .asList().contains("水产养殖");
    }
}
