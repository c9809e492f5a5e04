package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.evaluation.TechmapData.Job;

class TechmapJobsSetTest {

    @Test
    void readsPostingsWithTheirFileAsJobCategoryAndUrlsWithoutTracking() throws Exception {
        List<Job> jobs = TechmapData.jobs(Fixtures.DATA);

        assertThat(jobs).hasSize(20);
        assertThat(jobs).extracting(Job::jobCategory).containsOnly("admin", "devops", "legal");
        Job first = jobs.get(0);
        assertThat(first.title()).isEqualTo("Chief Of Staff");
        assertThat(first.employerCategory()).isEqualTo("Automotive");
        assertThat(first.url()).doesNotContain("?").startsWith("https://www.comeet.com/jobs/driivz/");
    }

    @Test
    void holdsOutDistinctTitlesWhileTheirCategoryKeepsAPostingInTheCorpus() throws Exception {
        LabeledSet set = new TechmapJobsSet(100).build(Fixtures.DATA);

        assertThat(set.queries()).extracting(q -> q.text().toLowerCase()).doesNotHaveDuplicates();
        assertThat(set.corpus()).extracting(l -> l.externalId()).doesNotContainAnyElementsOf(
                set.queries().stream().map(LabeledQuery::id).toList());
        assertThat(set.corpus().size() + set.queries().size()).isEqualTo(20);
        assertThat(set.queries()).allSatisfy(q -> assertThat(q.relevant()).isPositive());
        assertThat(set).isEqualTo(new TechmapJobsSet(100).build(Fixtures.DATA));
    }

    @Test
    void gradesPostingsOfTheSameCategoryAndTwoForTheSameRole() {
        Job query = job("IT Manager", "admin", 0);
        List<Job> corpus = List.of(job("IT Manager (Hands-on)", "admin", 1), job("Technical Writer", "admin", 2),
                job("IT Manager", "devops", 3));

        assertThat(TechmapJobsSet.grades(query, corpus)).isEqualTo(Map.of("jobs:https://jobs.example/1", 2,
                "jobs:https://jobs.example/2", 1));
    }

    @Test
    void pushesPostingsAsTheTechmapJobsPartnerMapsThemWithoutTheirJobCategory() throws Exception {
        CorpusListing listing = new TechmapJobsSet(5).build(Fixtures.DATA).corpus().get(0);

        assertThat(listing.canonical()).containsEntry("kind", "talent").containsEntry("side", "demand")
                .containsEntry("title", "Chief Of Staff")
                .containsEntry("description", "Chief Of Staff (Assistant) at Driivz, הוד השרון")
                .containsEntry("keywords", List.of("Assistant")).containsEntry("industries", List.of("Automotive"));
        assertThat(listing.canonical().toString()).doesNotContain("admin");
    }

    private static Job job(String title, String category, int n) {
        return new Job("https://jobs.example/" + n, "Acme", "Fintech", title, "Manager", "תל אביב", category);
    }
}
