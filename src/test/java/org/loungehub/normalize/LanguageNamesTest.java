package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNamesTest {

    private final LanguageNames names = new LanguageNames();

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {"zh-CN=zh", "zh_Hant_TW=zh", "ZH=zh", "Chinese=zh", "中文=zh", "汉语=zh",
            "עברית=he", "Hebrew=he", "iw=he", "heb=he", "English=en", "en-US=en", "英文=en", "German=de", "Deutsch=de",
            "français=fr", "eng=en"})
    void readsCodesTagsAndNames(String given, String code) {
        assertThat(names.parse(given)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Klingon", "xx-YY", "english please"})
    void knowsNothingOfMadeUpLanguages(String given) {
        assertThat(names.parse(given)).isEmpty();
    }
}
