package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void splitsKeywordsOnLatinAndChineseSeparatorsAndNewlines() {
        assertThat(Lists.split(List.of("radar, 4D；毫米波雷达、健康监测|elderly care\nAI; 养老，康养"), Lists.KEYWORD_SEPARATORS))
                .containsExactly("radar", "4D", "毫米波雷达", "健康监测", "elderly care", "AI", "养老", "康养");
    }

    @Test
    void deduplicatesCaseAndWidthInsensitivelyKeepingTheFirstSpellingAndOrder() {
        assertThat(Lists.split(List.of("AI", "radar; ai", "ＡＩ, Radar", "  health   monitoring "), Lists.KEYWORD_SEPARATORS))
                .containsExactly("AI", "radar", "health monitoring");
    }

    @Test
    void keepsCommasAndEnumerationCommasInsideIndustryLabels() {
        assertThat(Lists.split(List.of("Agriculture, forestry and fishing; 计算机、电子和光学产品的制造|IoT"),
                Lists.INDUSTRY_SEPARATORS))
                .containsExactly("Agriculture, forestry and fishing", "计算机、电子和光学产品的制造", "IoT");
    }
}
