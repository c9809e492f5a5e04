package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void detectsHebrewOnlyTextAsHebrew() {
        assertThat(detector.detect("מערכת ניטור בריאות ללא מגע לקהילות מבוגרים")).contains("he");
    }

    @Test
    void detectsChineseAndKeepsZhForTraditionalText() {
        assertThat(detector.detect("非接触式健康监测系统，用于养老社区")).contains("zh");
        assertThat(detector.detect("非接觸式健康監測系統，用於養老社區")).contains("zh");
    }

    @Test
    void tellsTraditionalFromSimplifiedChinese() {
        assertThat(detector.isTraditional("非接觸式健康監測系統，用於養老社區")).isTrue();
        assertThat(detector.isTraditional("非接触式健康监测系统，用于养老社区")).isFalse();
        assertThat(detector.isTraditional("Haier")).isFalse();
        assertThat(detector.isTraditional(null)).isFalse();
    }

    @Test
    void detectsEnglishByDefaultForLatinText() {
        assertThat(detector.detect("4D imaging radar for contactless health monitoring")).contains("en");
        assertThat(detector.detect("Mobileye")).contains("en");
    }

    @Test
    void detectsGermanFrenchAndSpanishFromFunctionWords() {
        assertThat(detector.detect("Die Plattform verbindet Unternehmen und Investoren mit der Forschung für die Industrie"))
                .contains("de");
        assertThat(detector.detect("La plateforme relie les entreprises et les investisseurs dans le domaine de la santé"))
                .contains("fr");
        assertThat(detector.detect("La plataforma conecta los inversores con las empresas para el sector de la salud"))
                .contains("es");
    }

    @Test
    void detectsArabicCyrillicJapaneseAndKorean() {
        assertThat(detector.detect("منصة الابتكار الدولية")).contains("ar");
        assertThat(detector.detect("Международная инновационная платформа")).contains("ru");
        assertThat(detector.detect("国際イノベーションのプラットフォームです")).contains("ja");
        assertThat(detector.detect("국제 혁신 플랫폼")).contains("ko");
    }

    @Test
    void picksTheScriptWithMostLettersInMixedText() {
        assertThat(detector.detect("Mobileye 公司开发了用于自动驾驶汽车的视觉系统和芯片")).contains("zh");
        assertThat(detector.detect("Contactless health monitoring radar for elderly care (雷达)")).contains("en");
        assertThat(detector.detect("ניטור בריאות ללא מגע, AI")).contains("he");
    }

    @Test
    void findsNoLanguageWithoutLetters() {
        assertThat(detector.detect("2024 - 42 %")).isEmpty();
        assertThat(detector.detect(null)).isEmpty();
    }
}
