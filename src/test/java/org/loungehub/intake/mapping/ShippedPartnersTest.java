package org.loungehub.intake.mapping;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loungehub.intake.format.RawRecord;
import org.loungehub.intake.format.RecordReader;
import org.loungehub.intake.format.RecordReaders;
import org.loungehub.listing.ListingDraft;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each configuration in infra/partners maps its sample feed (src/test/resources/samples) to complete drafts. */
class ShippedPartnersTest {

    private static PartnerRegistry registry;
    private final RecordReaders readers = new RecordReaders();
    private final RecordMapper mapper = new RecordMapper();

    @BeforeAll
    static void loadShippedPartners() {
        registry = new PartnerRegistry(new DefaultResourceLoader(), new StandardEnvironment(), "");
    }

    private List<ListingDraft> mapSample(String partnerId, String sample) throws IOException {
        PartnerConfig partner = registry.find(partnerId).orElseThrow();
        List<ListingDraft> drafts = new ArrayList<>();
        InputStream in = getClass().getResourceAsStream("/samples/" + sample);
        try (RecordReader reader = readers.open(in, partner.format(), partner.readerOptions())) {
            while (reader.hasNext()) {
                RawRecord record = reader.next();
                MappingResult result = mapper.map(partner, record, "batch-1", partner.format().id());
                assertThat(result.errors()).as("record %d", record.number()).isEmpty();
                drafts.add(result.draft());
            }
        }
        return drafts;
    }

    @Test
    void shipsTheSamplePartnersTheDeskAndTheEvaluation() {
        // The test partners (src/test/resources/partners, ids ending in -test) share the classpath folder, and
        // their ${test.*} settings fall back to defaults outside the integration tests' context.
        assertThat(registry.all()).extracting(PartnerConfig::id).filteredOn(id -> !id.endsWith("-test"))
                .containsExactly("csl-offers", "evaluation", "lounge-desk", "techmap-companies", "techmap-jobs");
    }

    @Test
    void techmapCompaniesBecomeIsraeliCompanyOffersWithHebrewCitiesAndNamedIndustries() throws IOException {
        List<ListingDraft> drafts = mapSample("techmap-companies", "techmap-companies/companies.ndjson");

        assertThat(drafts).hasSize(20);
        assertThat(drafts).extracting(d -> d.text("externalId")).doesNotHaveDuplicates().doesNotContainNull();
        ListingDraft first = drafts.get(0);
        assertThat(first.partnerId()).isEqualTo("techmap-companies");
        assertThat(first.batchId()).isEqualTo("batch-1");
        assertThat(first.recordNumber()).isEqualTo(1);
        assertThat(first.format()).isEqualTo("ndjson");
        assertThat(first.fields())
                .containsEntry("externalId", "067179978")
                .containsEntry("kind", "company")
                .containsEntry("side", "supply")
                .containsEntry("country", "IL")
                .containsEntry("language", "en")
                .containsEntry("title", "Clicko-Brick")
                .containsEntry("organization", "Clicko-Brick")
                .containsEntry("industries", "Sustainable Technology")
                .containsEntry("city", "הרצליה")
                .containsEntry("lat", "32.1725062")
                .containsEntry("lon", "34.8083021")
                .containsEntry("website", "http://www.clicko-brick.com")
                .containsEntry("stage", "xs")
                .doesNotContainKey("deleted");
        assertThat(first.text("description")).startsWith("'Clicko-Brick' is a patented green tech startup");
        assertThat(first.original()).containsEntry("ivcId", "A1000000224915");
        assertThat(drafts.get(1).list("industries")).containsExactly("Health");
    }

    @Test
    void techmapJobsBecomeTalentDemandsKeyedByTheirPostingUrl() throws IOException {
        List<ListingDraft> drafts = mapSample("techmap-jobs", "techmap-jobs/software.csv");

        assertThat(drafts).hasSize(20);
        assertThat(drafts).extracting(d -> d.text("externalId")).doesNotHaveDuplicates();
        assertThat(drafts.get(0).fields())
                .containsEntry("externalId",
                        "https://www.comeet.com/jobs/global-e/62.002/applicative-sql-server-dba/D9.963")
                .containsEntry("kind", "talent")
                .containsEntry("side", "demand")
                .containsEntry("country", "IL")
                .containsEntry("title", "Applicative SQL Server DBA")
                .containsEntry("description", "Applicative SQL Server DBA (Engineer) at Global-e, פתח תקווה")
                .containsEntry("organization", "Global-e")
                .containsEntry("industries", "Productivity")
                .containsEntry("keywords", "Engineer")
                .containsEntry("city", "פתח תקווה")
                .containsEntry("updatedAt", "2026-07-23");
        assertThat(drafts.get(0).text("website")).contains("utm_source=techmap");
    }

    @Test
    void cslOffersKeepTheirChineseAndSplitTheirKeywords() throws IOException {
        List<ListingDraft> drafts = mapSample("csl-offers", "csl-offers/offers-gb18030.csv");

        assertThat(drafts).hasSize(20);
        assertThat(drafts.get(0).fields())
                .containsEntry("externalId", "CSL-D0001")
                .containsEntry("kind", "technology")
                .containsEntry("side", "supply")
                .containsEntry("country", "CN")
                .containsEntry("language", "zh")
                .containsEntry("title", "一种基于平方和优化的飞行器大角度机动镇定控制器设计方法")
                .containsEntry("keywords", List.of("修正Rodrigues参数模型", "平方和优化", "大角度机动", "Lyapunov函数"))
                .containsEntry("industries", "兵器科学与技术");
        assertThat(drafts.get(0).text("description")).startsWith("采用修正的Rodrigues参数(MRP)");
    }
}
