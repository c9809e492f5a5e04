package org.loungehub.concept;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

    private static String stem(String word) {
        char[] w = word.toCharArray();
        return new String(w, 0, Stemmer.stem(w, 0, w.length));
    }

    @ParameterizedTest
    @CsvSource({"batteries,battery", "sensors,sensor", "processes,process", "switches,switch", "devices,device",
            "diseases,disease", "monitoring,monitor", "monitors,monitor", "planning,plan", "shipping,ship",
            "buildings,build", "analysis,analysis", "business,business", "status,status", "gas,gas",
            "news,news", "series,series", "mining,mining", "gaming,gaming", "marketing,marketing",
            "engineering,engineering", "accounting,accounting", "programming,programming", "networking,networking",
            "string,string", "5g,5g", "ios,ios"})
    void stemsLightlyAndLeavesJobAndFieldNamesApart(String word, String stem) {
        assertThat(stem(word)).isEqualTo(stem);
    }
}
