package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ZhToEnSetTest {

    @Test
    void writesTwoToThreeChineseDemandsForEachOfThe18Categories() throws Exception {
        Map<String, Long> perCategory = QueryFile.read(ZhToEnSet.QUERIES).stream()
                .collect(Collectors.groupingBy(QueryFile.Line::label, Collectors.counting()));

        assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(TechmapData.categories(Fixtures.DATA).values());
        assertThat(perCategory.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 3L));
        assertThat(QueryFile.read(ZhToEnSet.QUERIES)).allSatisfy(line ->
                assertThat(line.text()).matches(".*\\p{IsHan}{8,}.*").doesNotContain(line.label()));
    }

    @Test
    void judgesTheTechmapCorpusCompaniesOfTheQueryCategoryRelevant() throws Exception {
        TechmapCompaniesSet companies = new TechmapCompaniesSet(20, 5);
        LabeledSet set = new ZhToEnSet(companies).build(Fixtures.DATA);
        var corpus = companies.sample(Fixtures.DATA).corpus();

        assertThat(set.corpus()).isEqualTo(companies.build(Fixtures.DATA).corpus());
        LabeledQuery health = set.queries().stream().filter(q -> q.id().endsWith(":Health")).findFirst().orElseThrow();
        assertThat(health.grades().keySet()).isEqualTo(corpus.stream().filter(c -> c.category().equals("Health"))
                .map(c -> "techmap:" + c.id()).collect(Collectors.toSet()));
        assertThat(set.queries()).hasSize(QueryFile.read(ZhToEnSet.QUERIES).size());
    }
}
