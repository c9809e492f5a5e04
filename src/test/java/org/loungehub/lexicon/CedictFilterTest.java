package org.loungehub.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CedictFilterTest {

    private static List<String> glosses(String line) {
        return CedictFilter.parse(line).map(CedictFilter.Entry::glosses).orElse(null);
    }

    @Test
    void keepsTheSimplifiedHeadwordAndItsShortGlossesWithoutNotes() {
        var entry = CedictFilter.parse("水產養殖 水产养殖 [shui3 chan3 yang3 zhi2] /aquaculture/").orElseThrow();
        assertThat(entry.headword()).isEqualTo("水产养殖");
        assertThat(entry.glosses()).containsExactly("aquaculture");
        assertThat(glosses("毫米波 毫米波 [hao2 mi3 bo1] /millimeter wave (radio signal)/")).containsExactly("millimeter wave");
        assertThat(glosses("檢測 检测 [jian3 ce4] /to detect/to test/detection/sensing/"))
                .containsExactly("detect", "test", "detection", "sensing");
        assertThat(glosses("企業 企业 [qi3 ye4] /company; firm; enterprise; corporation/"))
                .containsExactly("company", "firm", "enterprise", "corporation");
    }

    @Test
    void keepsTechnicalTermsWrittenWithLatinLetters() {
        assertThat(glosses("3D打印 3D打印 [san1 D da3 yin4] /to 3D print; 3D printing/")).containsExactly("3d print", "3d printing");
    }

    @Test
    void dropsSurnamesVariantsClassifiersReferencesAndSingleCharacters() {
        assertThat(glosses("諸葛 诸葛 [Zhu1 ge3] /two-character surname Zhuge/")).isNull();
        assertThat(glosses("B格 B格 [bi1 ge2] /variant of 逼格[bi1 ge2]/")).isNull();
        assertThat(glosses("水 水 [shui3] /water/river/liquid/")).isNull();
        assertThat(glosses("電池 电池 [dian4 chi2] /battery/CL:節|节[jie2],個|个[ge4]/")).containsExactly("battery");
        assertThat(glosses("B超 B超 [B chao1] /B-mode ultrasonography/abbr. for B型超聲|B型超声[B xing2 chao1 sheng1]/"))
                .containsExactly("b-mode ultrasonography");
        assertThat(glosses("亞 亚 [Ya4] /Asia/")).isNull();
    }

    @Test
    void dropsExplanationsLongerThanATerm() {
        assertThat(glosses("120 120 [yao1 er4 ling2] /the emergency number for medical assistance and first aid in Mainland China/"))
                .isNull();
        assertThat(glosses("養老 养老 [yang3 lao3] /to provide for the elderly (family members)/to enjoy a life in retirement/"))
                .containsExactly("provide for the elderly");
    }
}
