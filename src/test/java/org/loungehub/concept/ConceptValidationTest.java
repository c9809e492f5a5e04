package org.loungehub.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.taxonomy.Taxonomy;

/** Each rule the loader enforces on the concept files, shown on a small broken file. */
class ConceptValidationTest {

    private static final Taxonomy TAXONOMY = new Taxonomy();
    private static final String HEADER = "id\tbroader\tzh\ten\the\n";

    private static ConceptVocabulary load(String rows) {
        return new ConceptVocabulary(TAXONOMY, Map.of("test.tsv", HEADER + rows));
    }

    private static void assertProblem(String rows, String... fragments) {
        assertThatThrownBy(() -> load(rows)).isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll(fragments);
    }

    @Test
    void rejectsDuplicateIdsAcrossFiles() {
        assertThatThrownBy(() -> new ConceptVocabulary(TAXONOMY, Map.of(
                "a.tsv", HEADER + "radar\t\t雷达\tradar\t\n",
                "b.tsv", HEADER + "radar\t\t雷达系统\tradar systems\t\n")))
                .hasMessageContaining("b.tsv:2: duplicate id radar (first at a.tsv:2)");
    }

    @Test
    void rejectsAConceptWithoutAChineseOrAnEnglishLabel() {
        assertProblem("radar\t\t\tradar\t\nlidar\t\t激光雷达\t\t\n",
                "test.tsv:2: radar has no zh label", "test.tsv:3: lidar has no en label");
    }

    @Test
    void rejectsUnknownBroaderIdsAndCycles() {
        assertProblem("radar\tsensorz\t雷达\tradar\t\n", "radar has the unknown id sensorz as broader");
        assertProblem("a-a\tb-b\t甲甲\taaa\t\nb-b\ta-a\t乙乙\tbbb\t\n", "broader ids go round in a circle");
    }

    @Test
    void acceptsClusterIdsAsBroader() {
        assertThat(load("radar\tiot\t雷达\tradar\t\n").withBroader(java.util.List.of("radar"))).contains("iot");
    }

    @Test
    void rejectsALabelTwoUnrelatedConceptsClaimInAnyCaseWidthOrScript() {
        assertProblem("radar\t\t雷达\tradar\t\nradio-detection\t\t雷達\tradio detection\t\n",
                "label \"雷达\" is claimed by radar (test.tsv:2) and radio-detection (test.tsv:3)");
        assertProblem("battery\t\t电池\tbatteries\t\ncell\t\t电芯\tBattery\t\n", "claimed by battery");
    }

    @Test
    void letsTheNarrowerConceptTakeALabelItsBroaderConceptAlsoHas() {
        ConceptVocabulary vocabulary = load("radar\t\t雷达\tradar\t\nmmwave-radar\tradar\t毫米波雷达\tmmWave radar|radar\t\n");
        assertThat(vocabulary.tagIds("radar")).containsExactly("mmwave-radar");
    }

    @Test
    void rejectsLabelsTooShortToMatchSafely() {
        assertProblem("go-lang\t\t围棋\tGo\t\n", "too short to match safely");
        assertProblem("water\t\t水\twater\t\n", "single Chinese character");
        assertProblem("radar\t\t雷达\tradar (sensor)\t\n", "could never match as one phrase");
    }

    @Test
    void rejectsMalformedIdsHeadersAndRows() {
        assertProblem("Radar\t\t雷达\tradar\t\n", "id \"Radar\" must be lowercase letters and digits");
        assertProblem("radar\t雷达\tradar\n", "3 columns");
        assertThatThrownBy(() -> new ConceptVocabulary(TAXONOMY, Map.of("x.tsv", "id,zh,en\n")))
                .hasMessageContaining("x.tsv: the first line must be the header");
    }

    @Test
    void aRowWithAClusterIdAddsLabelsToTheCluster() {
        ConceptVocabulary vocabulary = load("agritech\t\t农业科技\tag-tech\tאגרוטק\n");
        assertThat(vocabulary.tagIds("ag-tech", "אגרוטק")).containsExactly("agritech");
        assertThat(vocabulary.get("agritech").orElseThrow().label("he")).isEqualTo("אגרוטק");
        assertProblem("agritech\t\t农业科技\tag-tech\t\nagritech\t\t\tagtech\t\n", "duplicate id agritech");
    }
}
