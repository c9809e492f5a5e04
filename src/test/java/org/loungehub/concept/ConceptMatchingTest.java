package org.loungehub.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.taxonomy.Taxonomy;

/** The matching rules, on a small vocabulary written here (plus the lounge's clusters, always loaded). */
class ConceptMatchingTest {

    private static final String FILE = """
            id\tbroader\tzh\ten\the
            # comment lines and blank lines are skipped

            mmwave-radar\tradar\t毫米波雷达\tmillimeter-wave radar|mmWave radar|millimetre wave radar\t
            radar\tiot\t雷达\tradar\tמכ"ם
            vital-signs-monitoring\t\t健康监测|生命体征监测\tvital-sign monitoring|vital signs\t
            machine-learning\tai\t机器学习\tmachine learning|ML\t
            ml-engineer\tmachine-learning\t机器学习工程师\tmachine learning engineer\t
            battery\t\t电池\tbattery\t
            system-on-chip\tsemiconductors\t片上系统|系统级芯片\tsystem on chip|SoC\t
            security-operations\tcybersecurity\t安全运营中心\tsecurity operations center|SOC\t
            cpp\t\tC++\tC++|c++\t
            product-manager\t\t产品经理\tproduct manager|PM\t
            three-d-printing\tintelligent-manufacturing\t3D打印|增材制造\t3D printing|additive manufacturing\t
            productivity-software\tenterprise-software\t办公软件\t=Productivity|productivity software\t
            ai\t\t\tAI\tבינה מלאכותית
            """;

    private static final Taxonomy TAXONOMY = new Taxonomy();
    private static final ConceptVocabulary VOCABULARY = new ConceptVocabulary(TAXONOMY, Map.of("test.tsv", FILE));

    @Test
    void foldsHyphensSpacesAndPluralsTheSameWayInLabelsAndTexts() {
        assertThat(VOCABULARY.tagIds("Millimeter wave radars", "MILLIMETER-WAVE RADAR", "millimeterwave radar",
                "mm-wave radar")).containsExactly("mmwave-radar");
        assertThat(VOCABULARY.tagIds("batteries")).containsExactly("battery");
        assertThat(VOCABULARY.tagIds("monitors vital signs")).containsExactly("vital-signs-monitoring");
        assertThat(VOCABULARY.tagIds("continuous vital sign monitoring")).containsExactly("vital-signs-monitoring");
    }

    @Test
    void givesOffsetsInTheOriginalTextEvenWhenItIsTraditionalOrFullWidth() {
        String text = "基於毫米波雷達的ＭＩＬＬＩＭＥＴＥＲ－ＷＡＶＥ radar";
        List<ConceptMention> mentions = VOCABULARY.tag(text);
        assertThat(mentions).extracting(ConceptMention::conceptId).containsExactly("mmwave-radar", "mmwave-radar");
        for (ConceptMention mention : mentions) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface());
        }
        assertThat(mentions.get(0).surface()).isEqualTo("毫米波雷達");
        assertThat(mentions.get(1).surface()).isEqualTo("ＭＩＬＬＩＭＥＴＥＲ－ＷＡＶＥ radar");
    }

    @Test
    void theLongestMatchWinsAndMentionsDoNotOverlap() {
        assertThat(VOCABULARY.tag("Senior machine learning engineer")).extracting(ConceptMention::conceptId)
                .containsExactly("ml-engineer");
        assertThat(VOCABULARY.tag("资深机器学习工程师")).extracting(ConceptMention::surface).containsExactly("机器学习工程师");
        assertThat(VOCABULARY.tagIds("machine learning for radar")).containsExactly("machine-learning", "radar");
    }

    @Test
    void abbreviationsMatchOnlyAsTokensWrittenInCapitals() {
        assertThat(VOCABULARY.tagIds("We maintain AI-based tools")).containsExactly("ai");
        assertThat(VOCABULARY.tagIds("maintain the main pipeline")).isEmpty();
        assertThat(VOCABULARY.tagIds("said pm at noon")).isEmpty();
        assertThat(VOCABULARY.tagIds("Senior PM, ML")).containsExactly("machine-learning", "product-manager");
        assertThat(VOCABULARY.tagIds("SoC verification")).containsExactly("system-on-chip");
        assertThat(VOCABULARY.tagIds("Tier 2 SOC analyst")).containsExactly("security-operations");
        assertThat(VOCABULARY.tagIds("LLMs and SoCs")).containsExactly("system-on-chip");
    }

    @Test
    void signsThatBelongToANameStayWithIt() {
        assertThat(VOCABULARY.tagIds("Senior C++ developer")).containsExactly("cpp");
        assertThat(VOCABULARY.tagIds("Vitamin C")).isEmpty();
    }

    @Test
    void chineseLabelsMatchInsideRunningTextAndLatinEdgesNeedWordBoundaries() {
        assertThat(VOCABULARY.tagIds("公司专注3D打印和雷达")).containsExactly("radar", "three-d-printing");
        assertThat(VOCABULARY.tagIds("13D打印")).doesNotContain("three-d-printing");
    }

    @Test
    void phrasesDoNotRunAcrossCommasOrSentences() {
        assertThat(VOCABULARY.tagIds("millimeter-wave, radar")).containsExactly("radar");
        assertThat(VOCABULARY.tagIds("machine. Learning")).isEmpty();
    }

    @Test
    void wholeTextLabelsMatchOnlyAWholeField() {
        assertThat(VOCABULARY.tagIds("Productivity")).containsExactly("productivity-software");
        assertThat(VOCABULARY.tagIds(" productivity ")).containsExactly("productivity-software");
        assertThat(VOCABULARY.tagIds("boosts productivity of teams")).isEmpty();
        // cluster synonyms are whole-text labels: a keyword "data" names the cluster, running text does not
        assertThat(VOCABULARY.tagIds("data")).containsExactly("big-data-cloud");
        assertThat(VOCABULARY.tagIds("we collect data")).isEmpty();
    }

    @Test
    void clusterNamesAreConceptsAndTheMostSpecificClaimantTakesASharedLabel() {
        assertThat(VOCABULARY.tagIds("人工智能")).containsExactly("ai");
        assertThat(VOCABULARY.tagIds("machine learning")).containsExactly("machine-learning");
        assertThat(VOCABULARY.get("ai").orElseThrow().he()).containsExactly("בינה מלאכותית");
        assertThat(VOCABULARY.get("ai").orElseThrow().label("he")).isEqualTo("בינה מלאכותית");
        assertThat(VOCABULARY.get("radar").orElseThrow().label("zh")).isEqualTo("雷达");
        assertThat(VOCABULARY.get("battery").orElseThrow().label("he")).isEqualTo("battery");
    }

    @Test
    void hebrewLabelsMatchAsWords() {
        assertThat(VOCABULARY.tagIds("מערכת מכ\"ם לרכב")).containsExactly("radar");
    }

    @Test
    void addsBroaderConceptsTransitively() {
        assertThat(VOCABULARY.withBroader(List.of("ml-engineer", "unknown")))
                .containsExactly("ai", "machine-learning", "ml-engineer", "unknown");
        assertThat(VOCABULARY.withBroader(List.of("mmwave-radar"))).containsExactly("iot", "mmwave-radar", "radar");
    }

    @Test
    void handlesEmptyAndNullTexts() {
        assertThat(VOCABULARY.tag("")).isEmpty();
        assertThat(VOCABULARY.tag(null)).isEmpty();
        assertThat(VOCABULARY.tagIds((String) null, "")).isEmpty();
    }

    @Test
    void versionChangesWithTheFiles() {
        ConceptVocabulary other = new ConceptVocabulary(TAXONOMY, Map.of("test.tsv", FILE + "x-ray\t\tX光\tX-ray\t\n"));
        assertThat(other.version()).isNotEqualTo(VOCABULARY.version()).hasSize(16);
        assertThat(other.size()).isEqualTo(VOCABULARY.size() + 1);
    }
}
