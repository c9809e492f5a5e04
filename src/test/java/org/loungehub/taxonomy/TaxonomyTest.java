package org.loungehub.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxonomyTest {

    private static final Taxonomy TAXONOMY = new Taxonomy();

    private static final String ISIC = """
            code\tparent\tlevel\tname_en\tname_zh
            C\t\t1\tManufacturing\t制造业
            21\tC\t2\tManufacture of pharmaceuticals\t医药制造
            """;

    @Test
    void resolvesIsicCodesWrittenAsSectionAndDigitsOrDigitsAlone() {
        assertThat(TAXONOMY.resolve(List.of("C21")).codes()).containsExactly("21");
        assertThat(TAXONOMY.resolve(List.of("2100")).codes()).containsExactly("2100");
        assertThat(TAXONOMY.resolve(List.of(" 62.01 ")).unresolved()).containsExactly("62.01");
        assertThat(TAXONOMY.resolve(List.of("6219")).codes()).first().isEqualTo("6219");
        assertThat(TAXONOMY.resolve(List.of("c")).codes()).containsExactly("C");
    }

    @Test
    void refusesASectionLetterThatDisagreesWithItsDigits() {
        assertThat(TAXONOMY.resolve(List.of("A21")).unresolved()).containsExactly("A21");
    }

    @Test
    void aCodeBringsTheClustersCoveringItOrAnAncestor() {
        Resolution pharma = TAXONOMY.resolve(List.of("2100"));
        assertThat(pharma.clusters()).containsExactly("medicine-medical-devices");
        assertThat(pharma.labels()).contains("Manufacture of pharmaceuticals, medicinal chemical and botanical products",
                "医药与医疗器械", "Medicine and medical devices");
    }

    @Test
    void resolvesExactIsicNamesInEnglishAndChineseIgnoringCaseAndWidth() {
        assertThat(TAXONOMY.resolve(List.of("TELECOMMUNICATIONS")).codes()).contains("61");
        assertThat(TAXONOMY.resolve(List.of("电信")).codes()).contains("61");
        assertThat(TAXONOMY.resolve(List.of("Ｃｉｖｉｌ ｅｎｇｉｎｅｅｒｉｎｇ")).codes()).contains("42");
        assertThat(TAXONOMY.resolve(List.of("计算机、电子和光学产品的制造")).codes()).containsExactly("26");
    }

    @Test
    void resolvesClustersByIdNameOrSynonymAndAddsTheirCodes() {
        Resolution ai = TAXONOMY.resolve(List.of("人工智能"));
        assertThat(ai.clusters()).containsExactly("ai");
        assertThat(ai.codes()).containsExactlyElementsOf(TAXONOMY.cluster("ai").orElseThrow().isicCodes());
        assertThat(ai.labels()).contains("人工智能", "Artificial intelligence");
        assertThat(TAXONOMY.resolve(List.of("smart-city")).clusters()).containsExactly("smart-city");
        assertThat(TAXONOMY.resolve(List.of("Intelligent Manufacturing")).clusters())
                .containsExactly("intelligent-manufacturing");
        assertThat(TAXONOMY.resolve(List.of("碳纤维及复合材料")).clusters()).containsExactly("advanced-materials");
    }

    @Test
    void foldsTraditionalChineseLabels() {
        assertThat(TAXONOMY.resolve(List.of("醫藥與醫療器械")).clusters()).containsExactly("medicine-medical-devices");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AI/ML", "AdTech", "Aerospace", "AR/VR", "Automotive", "Cloud Computing", "Cybersecurity",
            "Digital Media", "E-commerce & Retail", "Fintech", "Gaming", "Health", "IoT", "Productivity",
            "Robotics & Automation", "Semiconductors", "Sustainable Technology", "Telecommunications"})
    void resolvesEveryIsraeliTechMapCategory(String category) {
        Resolution resolution = TAXONOMY.resolve(List.of(category));
        assertThat(resolution.unresolved()).isEmpty();
        assertThat(resolution.clusters()).isNotEmpty();
    }

    @Test
    void mapsIsraeliTechMapCategoriesToTheExpectedClusters() {
        Map<String, String> expected = Map.of("AI/ML", "ai", "Cloud Computing", "big-data-cloud",
                "Cybersecurity", "cybersecurity", "Health", "medicine-medical-devices", "IoT", "iot",
                "Robotics & Automation", "robotics", "Sustainable Technology", "new-energy-cleantech",
                "Telecommunications", "5g-telecom", "E-commerce & Retail", "ecommerce-retail",
                "Productivity", "enterprise-software");
        expected.forEach((category, cluster) ->
                assertThat(TAXONOMY.resolve(List.of(category)).clusters()).as(category).contains(cluster));
        assertThat(TAXONOMY.resolve(List.of("Health")).clusters()).contains("healthcare-services");
    }

    @Test
    void mapsTheCslDisciplinesThatNameAnIndustry() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("中医学/中药学", "medicine-medical-devices"), Map.entry("药学", "medicine-medical-devices"),
                Map.entry("基础医学/临床医学", "medicine-medical-devices"), Map.entry("口腔医学", "medicine-medical-devices"),
                Map.entry("生物学/生物科学与工程", "medicine-medical-devices"),
                Map.entry("公共卫生与预防医学", "healthcare-services"), Map.entry("心理学", "healthcare-services"),
                Map.entry("机械工程", "intelligent-manufacturing"), Map.entry("控制科学与工程", "robotics"),
                Map.entry("计算机科学与技术", "ai"), Map.entry("信息与通信工程", "5g-telecom"),
                Map.entry("电子科学与技术", "semiconductors"), Map.entry("光学工程", "semiconductors"),
                Map.entry("海洋科学", "marine-biology-health-food"), Map.entry("水产", "marine-biology-health-food"),
                Map.entry("食品科学与工程", "marine-biology-health-food"),
                Map.entry("材料科学与工程", "advanced-materials"), Map.entry("化学/化学工程与技术", "advanced-materials"),
                Map.entry("冶金工程", "advanced-materials"), Map.entry("纺织科学与工程", "textiles-fashion-sports"),
                Map.entry("体育学", "textiles-fashion-sports"),
                Map.entry("交通运输工程", "automotive-mobility"), Map.entry("航空宇航科学与技术", "aerospace"),
                Map.entry("天文学", "aerospace"), Map.entry("船舶与海洋工程", "marine-engineering"),
                Map.entry("环境科学与工程", "environmental-protection"), Map.entry("大气科学", "environmental-protection"),
                Map.entry("电气工程", "new-energy-cleantech"), Map.entry("动力工程及工程热物理", "new-energy-cleantech"),
                Map.entry("核科学与技术", "new-energy-cleantech"), Map.entry("园艺学", "agritech"),
                Map.entry("作物学", "agritech"), Map.entry("农业工程", "agritech"), Map.entry("农业资源利用", "agritech"),
                Map.entry("林学/林业工程", "agritech"), Map.entry("畜牧学/兽医学", "agritech"),
                Map.entry("植物保护", "agritech"), Map.entry("农林经济管理", "agritech"),
                Map.entry("土木工程", "construction"), Map.entry("建筑学", "construction"),
                Map.entry("水利工程", "construction"), Map.entry("测绘科学与技术", "smart-city"),
                Map.entry("公共管理", "smart-city"), Map.entry("石油与天然气工程", "mining-resources"),
                Map.entry("矿业工程", "mining-resources"), Map.entry("地质学/地质资源与地质工程", "mining-resources"),
                Map.entry("地球物理学", "mining-resources"), Map.entry("新闻传播学", "gaming-digital-media"),
                Map.entry("艺术学", "gaming-digital-media"), Map.entry("教育学", "education"));
        expected.forEach((discipline, cluster) ->
                assertThat(TAXONOMY.resolve(List.of(discipline)).clusters()).as(discipline).contains(cluster));
        assertThat(TAXONOMY.resolve(List.of("计算机科学与技术")).clusters()).contains("big-data-cloud");
        assertThat(TAXONOMY.resolve(List.of("交通运输工程")).clusters()).contains("logistics");
    }

    @Test
    void keepsDisciplinesWithoutAnIndustryUnresolvedRatherThanGuessing() {
        Resolution resolution = TAXONOMY.resolve(List.of("哲学", "历史学", "法学", "Atlantean pottery"));
        assertThat(resolution.codes()).isEmpty();
        assertThat(resolution.clusters()).isEmpty();
        assertThat(resolution.unresolved()).containsExactly("哲学", "历史学", "法学", "Atlantean pottery");
    }

    @Test
    void triesThePartsOfACompositeLabel() {
        Resolution resolution = TAXONOMY.resolve(List.of("医药/物联网", "Fintech, Gaming"));
        assertThat(resolution.clusters()).containsExactly("medicine-medical-devices", "iot", "fintech",
                "gaming-digital-media");
        assertThat(resolution.unresolved()).isEmpty();
    }

    @Test
    void deduplicatesCodesClustersAndLabels() {
        Resolution resolution = TAXONOMY.resolve(List.of("IoT", "物联网", "internet of things"));
        assertThat(resolution.clusters()).containsExactly("iot");
        assertThat(resolution.codes()).doesNotHaveDuplicates();
        assertThat(resolution.labels()).doesNotHaveDuplicates();
    }

    @Test
    void offersClustersAndLabelsByIdOrCode() {
        assertThat(TAXONOMY.clusters()).extracting(Cluster::id).contains("medicine-medical-devices",
                "intelligent-manufacturing", "ai", "5g-telecom", "big-data-cloud", "smart-city", "cybersecurity",
                "semiconductors", "new-energy-cleantech", "marine-biology-health-food", "advanced-materials",
                "agritech", "fintech", "automotive-mobility", "aerospace", "robotics", "iot", "gaming-digital-media",
                "ecommerce-retail", "education", "healthcare-services", "logistics");
        assertThat(TAXONOMY.cluster("marine-biology-health-food")).hasValueSatisfying(c ->
                assertThat(c.zh()).isEqualTo("海洋生物与健康食品"));
        assertThat(TAXONOMY.cluster("nope")).isEmpty();
        assertThat(TAXONOMY.labels("61")).containsExactly("电信", "Telecommunications");
        assertThat(TAXONOMY.labels("fintech")).containsExactly("金融科技", "Fintech");
        assertThat(TAXONOMY.labels("nope")).isEmpty();
    }

    @Test
    void refusesAClusterThatNamesAnUnknownCode() {
        String clusters = "id\tzh\ten\tisic\tsynonyms_zh\tsynonyms_en\npharma\t医药\tPharma\t21|9999\t\t\n";
        assertThatThrownBy(() -> new Taxonomy(ISIC, clusters))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("9999");
    }

    @Test
    void ignoresBlankLabels() {
        Resolution resolution = TAXONOMY.resolve(List.of(" ", ""));
        assertThat(resolution.unresolved()).isEmpty();
        assertThat(resolution.codes()).isEmpty();
    }
}
