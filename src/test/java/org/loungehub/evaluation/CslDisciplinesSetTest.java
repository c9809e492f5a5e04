package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.loungehub.evaluation.CslData.Offer;

class CslDisciplinesSetTest {

    @Test
    void readsTheGb18030OffersWithTheirKeywordsAndDiscipline() throws Exception {
        List<Offer> offers = CslData.offers(Fixtures.DATA);

        assertThat(offers).hasSize(25);
        Offer first = offers.get(0);
        assertThat(first.id()).isEqualTo("CSL-D0002");
        assertThat(first.title()).isEqualTo("水运工程施工项目全过程管理的有效性探索");
        assertThat(first.keywords()).containsExactly("项目管理", "全过程管理", "水运工程");
        assertThat(first.discipline()).isEqualTo("水利工程");
    }

    @Test
    void holdsOutAbstractsOnlyWhileTheirDisciplineKeepsAnOfferInTheCorpus() throws Exception {
        CslDisciplinesSet builder = new CslDisciplinesSet(100);
        LabeledSet set = builder.build(Fixtures.DATA);

        // 25 offers in 4 disciplines (one of them with a single offer): at most 25 - 4 can be held out
        assertThat(set.queries()).hasSize(21);
        assertThat(set.corpus()).hasSize(4);
        assertThat(set.corpus()).extracting(l -> l.industries().get(0))
                .containsExactlyInAnyOrder("水利工程", "核科学与技术", "大气科学", "天文学");
        assertThat(set.queries()).allSatisfy(q -> assertThat(q.grades()).hasSize(1));
        var sample = builder.sample(Fixtures.DATA);
        assertThat(set.queries()).extracting(LabeledQuery::text)
                .containsExactlyElementsOf(sample.heldOut().stream().map(Offer::summary).toList());
    }

    @Test
    void gradesOffersOfTheSameDisciplineAndTwoWhenTheyShareAKeyword() {
        Offer query = new Offer("Q", "q", "...", List.of("登陆", "台风"), "大气科学");
        List<Offer> corpus = List.of(
                new Offer("A", "a", "...", List.of("登陆", "降水"), "大气科学"),
                new Offer("B", "b", "...", List.of("降水"), "大气科学"),
                new Offer("C", "c", "...", List.of("台风"), "海洋科学"));

        assertThat(CslDisciplinesSet.grades(query, corpus)).isEqualTo(Map.of("csl:A", 2, "csl:B", 1));
    }

    @Test
    void keepsTheHeldOutSampleFixedAndOutOfTheCorpus() throws Exception {
        LabeledSet set = new CslDisciplinesSet(5).build(Fixtures.DATA);
        Set<String> corpus = set.corpus().stream().map(CorpusListing::externalId).collect(Collectors.toSet());

        assertThat(set.queries()).hasSize(5).extracting(LabeledQuery::id).noneMatch(corpus::contains);
        assertThat(set).isEqualTo(new CslDisciplinesSet(5).build(Fixtures.DATA));
        assertThat(set.corpus().get(0).canonical()).containsEntry("kind", "technology").containsEntry("country", "CN")
                .containsEntry("language", "zh").containsKeys("keywords", "industries");
    }
}
