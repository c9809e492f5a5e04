package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnToZhSetTest {

    @Test
    void writesTwoEnglishSearchesForEachOfTwentyDisciplines() {
        Map<String, Long> perDiscipline = QueryFile.read(EnToZhSet.QUERIES).stream()
                .collect(Collectors.groupingBy(QueryFile.Line::label, Collectors.counting()));

        assertThat(perDiscipline).hasSize(20);
        assertThat(perDiscipline.values()).containsOnly(2L);
        assertThat(QueryFile.read(EnToZhSet.QUERIES)).allSatisfy(line ->
                assertThat(line.text()).matches("[\\p{ASCII}]+"));
    }

    @Test
    void judgesTheCorpusOffersOfTheDisciplineRelevantAndLeavesOthersUnjudged() throws Exception {
        CslDisciplinesSet offers = new CslDisciplinesSet(5);
        LabeledSet set = new EnToZhSet(offers).build(Fixtures.DATA);

        assertThat(set.corpus()).isEqualTo(offers.build(Fixtures.DATA).corpus());
        var atmosphere = set.queries().stream().filter(q -> q.id().endsWith(":大气科学")).toList();
        assertThat(atmosphere).hasSize(2).allSatisfy(q -> assertThat(q.grades().keySet()).isEqualTo(
                offers.sample(Fixtures.DATA).corpus().stream().filter(o -> o.discipline().equals("大气科学"))
                        .map(o -> "csl:" + o.id()).collect(Collectors.toSet())));
        // the fixture has none of the other disciplines: those queries are skipped when the set runs
        assertThat(set.queries().stream().filter(q -> q.relevant() == 0)).hasSize(38);
    }
}
