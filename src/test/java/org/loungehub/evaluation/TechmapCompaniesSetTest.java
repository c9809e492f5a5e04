package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.loungehub.evaluation.TechmapData.Company;

class TechmapCompaniesSetTest {

    private final TechmapCompaniesSet builder = new TechmapCompaniesSet(20, 5);

    @Test
    void readsActiveCompaniesWithADescriptionAndNamesTheirCategory() throws Exception {
        var companies = TechmapData.companies(Fixtures.DATA);

        assertThat(companies).hasSize(39).extracting(Company::name).doesNotContain("FIS");
        Company first = companies.get(0);
        assertThat(first.id()).isEqualTo("067179978");
        assertThat(first.category()).isEqualTo("Sustainable Technology");
        assertThat(first.city()).isEqualTo("הרצליה");
    }

    @Test
    void holdsOutQueryCompaniesAndJudgesTheCorpusCompaniesOfTheirCategoryRelevant() throws Exception {
        LabeledSet set = builder.build(Fixtures.DATA);
        var sample = builder.sample(Fixtures.DATA);
        var byId = sample.heldOut().stream().collect(Collectors.toMap(c -> "techmap:" + c.id(), c -> c));

        assertThat(set.corpus()).hasSize(20);
        assertThat(set.queries()).hasSize(5);
        Set<String> corpusIds = set.corpus().stream().map(CorpusListing::externalId).collect(Collectors.toSet());
        for (LabeledQuery query : set.queries()) {
            Company company = byId.get(query.id());
            assertThat(corpusIds).doesNotContain(query.id());
            assertThat(query.text()).isEqualTo(company.description());
            Set<String> sameCategory = sample.corpus().stream().filter(c -> c.category().equals(company.category()))
                    .map(c -> "techmap:" + c.id()).collect(Collectors.toSet());
            assertThat(query.grades().keySet()).isNotEmpty().isEqualTo(sameCategory);
            assertThat(query.grades().values()).containsOnly(1);
        }
    }

    @Test
    void drawsTheSameSampleAtEveryRun() throws Exception {
        assertThat(builder.build(Fixtures.DATA)).isEqualTo(new TechmapCompaniesSet(20, 5).build(Fixtures.DATA));
    }

    @Test
    void pushesCompaniesAsTheTechmapPartnerMapsThem() throws Exception {
        CorpusListing listing = builder.build(Fixtures.DATA).corpus().get(0);

        assertThat(listing.canonical()).containsEntry("kind", "company").containsEntry("side", "supply")
                .containsEntry("country", "IL").containsEntry("language", "en")
                .containsKeys("externalId", "title", "description", "organization", "industries")
                .doesNotContainKey("keywords");
        assertThat(listing.externalId()).startsWith("techmap:");
    }
}
