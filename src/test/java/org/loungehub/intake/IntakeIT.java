package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Partner feeds through the real hub: REST push, durable inbox, mapping, normalization, the real node. */
@HubIntegrationTest
class IntakeIT {

    private static final String JOBS_HEADER = "\"company\",\"category\",\"size\",\"title\",\"level\",\"city\",\"url\",\"updated\"\n";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Inbox inbox;
    @Autowired
    BatchProcessor processor;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();

    private ResponseEntity<String> push(String partner, String contentType, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.set("Content-Type", contentType);
        }
        return rest.exchange("/api/v1/partners/" + partner + "/listings", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode pushAndWait(String partner, String contentType, byte[] body) throws Exception {
        ResponseEntity<String> accepted = push(partner, contentType, body);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        JsonNode batch = json.readTree(accepted.getBody());
        assertThat(batch.path("status").asText()).isEqualTo("accepted");
        assertThat(accepted.getHeaders().getLocation().toString()).endsWith("/api/v1/batches/" + batch.path("batchId").asText());
        return awaitFinished(batch.path("batchId").asText());
    }

    private JsonNode awaitFinished(String batchId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            ResponseEntity<String> response = rest.getForEntity("/api/v1/batches/" + batchId, String.class);
            assertThat(response.getStatusCode().value()).as(response.toString()).isEqualTo(200);
            JsonNode status = json.readTree(response.getBody());
            if (status.path("status").asText().matches("done|failed")) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batchId + " did not finish");
    }

    /** A partner of this test's own, configured as the shipped one: what it indexes is this test's alone. */
    private String own(String shipped) {
        return TestPartners.like(rest, shipped, "intake-it");
    }

    private static byte[] sample(String path) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/samples", path));
    }

    private Map<String, Object> listing(String id) throws IOException {
        es.indices().refresh(r -> r.index("it-listings"));
        GetResponse<Map> doc = es.get(g -> g.index("it-listings").id(id), Map.class);
        return doc.found() ? doc.source() : null;
    }

    private static String jobsRow(String title, String url, String updated) {
        return "\"Acme\",\"Fintech\",\"m\",\"" + title + "\",\"Engineer\",\"תל אביב\",\"" + url + "\",\"" + updated + "\"\n";
    }

    @Test
    void ingestsGb18030CsvOffersWithChineseTextIntactAndCountryCn() throws Exception {
        String offers = own("csl-offers");
        JsonNode batch = pushAndWait(offers, "text/csv", sample("csl-offers/offers-gb18030.csv"));

        assertThat(batch.path("status").asText()).isEqualTo("done");
        assertThat(batch.at("/counts/received").asLong()).isEqualTo(20);
        assertThat(batch.at("/counts/rejected").asLong()).as(batch.toString()).isZero();
        assertThat(batch.at("/counts/indexed").asLong()).isEqualTo(20);
        Map<String, Object> offer = listing(offers + ":CSL-D0001");
        assertThat((String) offer.get("title")).startsWith("一种基于平方和优化的飞行器");
        assertThat(offer).containsEntry("country", "CN").containsEntry("kind", "technology").containsEntry("language", "zh");
        assertThat((java.util.List<?>) offer.get("keywords")).isNotEmpty();
    }

    @Test
    void ingestsTechmapCompaniesWithHebrewCitiesAndCountryIl() throws Exception {
        String companies = own("techmap-companies");
        JsonNode batch = pushAndWait(companies, "application/x-ndjson", sample("techmap-companies/companies.ndjson"));

        assertThat(batch.path("status").asText()).isEqualTo("done");
        assertThat(batch.at("/counts/received").asLong()).isEqualTo(20);
        assertThat(batch.at("/counts/rejected").asLong()).as(batch.toString()).isZero();
        String firstLine = new String(sample("techmap-companies/companies.ndjson"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String registry = json.readTree(firstLine).path("registryNumber").asText();
        Map<String, Object> company = listing(companies + ":" + registry);
        assertThat(company).containsEntry("country", "IL").containsEntry("kind", "company");
        assertThat((String) company.get("city")).containsPattern("\\p{IsHebrew}");
        assertThat(company.get("location")).isNotNull();
    }

    @Test
    void indexesTechmapCompaniesWithMalformedWebsitesWithoutTheWebsiteAndWarns() throws Exception {
        // The two companies of the full Tech Map whose websiteUrl is malformed ("vayo-io", "https:////").
        String companies = own("techmap-companies");
        JsonNode batch = pushAndWait(companies, "application/x-ndjson", sample("techmap-companies/malformed-websites.ndjson"));

        assertThat(batch.path("status").asText()).isEqualTo("done");
        assertThat(batch.at("/counts/rejected").asLong()).as(batch.toString()).isZero();
        assertThat(batch.at("/counts/indexed").asLong()).isEqualTo(2);
        assertThat(batch.at("/counts/warned").asLong()).isEqualTo(2);
        assertThat(batch.path("warnings")).hasSize(2);
        assertThat(batch.path("warnings").get(0).path("recordNumber").asLong()).isEqualTo(1);
        assertThat(batch.path("warnings").get(0).path("field").asText()).isEqualTo("website");
        assertThat(batch.path("warnings").get(0).path("value").asText()).isEqualTo("vayo-io");
        assertThat(batch.path("warnings").get(0).path("reason").asText()).isNotBlank();
        assertThat(batch.path("warnings").get(1).path("value").asText()).isEqualTo("https:////");

        Map<String, Object> vayo = listing(companies + ":513442954");
        assertThat(vayo).containsEntry("title", "Vayo").containsEntry("country", "IL").doesNotContainKey("website");
        assertThat(vayo.get("location")).isNotNull();
        assertThat(listing(companies + ":515827160")).containsEntry("title", "ICV").doesNotContainKey("website");
        String batchId = batch.path("batchId").asText();
        JsonNode deadLetters = json.readTree(rest.getForObject("/api/v1/partners/" + companies + "/dead-letters?batchId=" + batchId, String.class));
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aSecondIdenticalPushChangesNothing() throws Exception {
        byte[] jobs = sample("techmap-jobs/software.csv");
        String partner = own("techmap-jobs");
        JsonNode first = pushAndWait(partner, "text/csv; charset=UTF-8", jobs);
        JsonNode second = pushAndWait(partner, "text/csv; charset=UTF-8", jobs);

        assertThat(first.at("/counts/received").asLong()).isEqualTo(20);
        assertThat(first.at("/counts/indexed").asLong()).isEqualTo(20);
        assertThat(second.at("/counts/indexed").asLong()).isZero();
        assertThat(second.at("/counts/unchanged").asLong()).isEqualTo(20);
    }

    @Test
    void badRecordsAreRejectedWithRecordAndFieldWhileGoodOnesAreIndexed() throws Exception {
        String csv = JOBS_HEADER
                + jobsRow("Backend Engineer", "https://jobs.example/acme/1", "2026-07-01")
                + jobsRow("Data Engineer", "https://jobs.example/acme/2", "not a date")
                + jobsRow("", "https://jobs.example/acme/3", "2026-07-01")
                + "\"Acme\",\"Fintech\",\"only three columns\"\n"
                + jobsRow("Frontend Engineer", "https://jobs.example/acme/5", "2026-07-02");
        String jobs = own("techmap-jobs");
        JsonNode batch = pushAndWait(jobs, "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(batch.path("status").asText()).isEqualTo("done");
        assertThat(batch.at("/counts/received").asLong()).isEqualTo(5);
        assertThat(batch.at("/counts/indexed").asLong()).isEqualTo(2);
        assertThat(batch.at("/counts/rejected").asLong()).isEqualTo(3);
        assertThat(batch.path("errors").toString())
                .contains("\"recordNumber\":2").contains("\"field\":\"updatedAt\"").contains("not a date")
                .contains("\"recordNumber\":3").contains("\"field\":\"title\"")
                .contains("\"recordNumber\":4");
        assertThat(listing(jobs + ":https://jobs.example/acme/1")).isNotNull();
        assertThat(listing(jobs + ":https://jobs.example/acme/5")).isNotNull();
        assertThat(listing(jobs + ":https://jobs.example/acme/2")).isNull();

        String batchId = batch.path("batchId").asText();
        JsonNode deadLetters = json.readTree(rest.getForObject("/api/v1/partners/" + jobs + "/dead-letters?batchId=" + batchId, String.class));
        assertThat(deadLetters).hasSize(3);
        assertThat(deadLetters.get(0).path("original").path("title").asText()).isEqualTo("Data Engineer");

        ResponseEntity<String> replay = rest.postForEntity("/api/v1/batches/" + batchId + "/replay", null, String.class);
        assertThat(replay.getStatusCode().value()).isEqualTo(202);
        JsonNode replayed = awaitFinished(json.readTree(replay.getBody()).path("batchId").asText());
        assertThat(replayed.at("/counts/received").asLong()).isEqualTo(2);
        assertThat(replayed.at("/counts/rejected").asLong()).isEqualTo(2);
    }

    @Test
    void anOlderUpdateNeverOverwritesANewerOne() throws Exception {
        String jobs = own("techmap-jobs");
        pushAndWait(jobs, "text/csv", (JOBS_HEADER + jobsRow("Newer title", "https://jobs.example/acme/9", "2026-07-20")).getBytes(StandardCharsets.UTF_8));
        JsonNode older = pushAndWait(jobs, "text/csv", (JOBS_HEADER + jobsRow("Older title", "https://jobs.example/acme/9", "2026-01-01")).getBytes(StandardCharsets.UTF_8));

        assertThat(older.at("/counts/unchanged").asLong()).isEqualTo(1);
        assertThat(listing(jobs + ":https://jobs.example/acme/9")).containsEntry("title", "Newer title");
    }

    @Test
    void malformedPayloadsUnknownPartnersAndUnknownTypesGetClear4xx() throws Exception {
        ResponseEntity<String> html = push("techmap-companies", "application/json", "<html>oops</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(html.getBody()).path("message").asText()).contains("declared as JSON");

        ResponseEntity<String> unknown = push("nobody", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(unknown.getBody()).path("message").asText()).contains("No partner 'nobody'");

        ResponseEntity<String> pdf = push("techmap-jobs", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(pdf.getStatusCode().value()).isEqualTo(415);
    }

    @Test
    void aDeletedListingIsGoneAndDeletingItAgainIsA404() throws Exception {
        String jobs = own("techmap-jobs");
        pushAndWait(jobs, "text/csv", (JOBS_HEADER + jobsRow("To delete", "https://jobs.example/acme/del", "2026-07-20")).getBytes(StandardCharsets.UTF_8));
        String path = "/api/v1/partners/" + jobs + "/listings?externalId=https://jobs.example/acme/del";
        assertThat(listing(jobs + ":https://jobs.example/acme/del")).isNotNull();

        ResponseEntity<String> deleted = rest.exchange(path, HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        assertThat(listing(jobs + ":https://jobs.example/acme/del")).isNull();
        assertThat(rest.exchange(path, HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void deletionByQueryParameterDecodesTheExternalIdOnce() throws Exception {
        String csv = "成果编号,成果名称,成果简介,关键词,学科领域\npct%41,百分号编号的成果,简介,关键词,机械工程\npctA,字母编号的成果,简介,关键词,机械工程\n";
        pushAndWait("csl-offers", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(listing("csl-offers:pct%41")).isNotNull();
        assertThat(listing("csl-offers:pctA")).isNotNull();

        URI literalPercent = URI.create(rest.getRootUri() + "/api/v1/partners/csl-offers/listings?externalId=pct%2541");
        assertThat(rest.exchange(literalPercent, HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(204);

        assertThat(listing("csl-offers:pct%41")).isNull();
        assertThat(listing("csl-offers:pctA")).isNotNull();
    }

    @Test
    void aListingIsDeletedByItsPathId() throws Exception {
        String csv = "成果编号,成果名称,成果简介,关键词,学科领域\nDEL-1,待删除的技术成果,简介,关键词,机械工程\n";
        String offers = own("csl-offers");
        pushAndWait(offers, "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(listing(offers + ":DEL-1")).isNotNull();
        assertThat(rest.exchange("/api/v1/partners/" + offers + "/listings/DEL-1", HttpMethod.DELETE, null, String.class)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(listing(offers + ":DEL-1")).isNull();
    }

    @Test
    void aBatchInterruptedMidwayResumesAndIndexesEveryRecordExactlyOnce() throws Exception {
        // As if the hub was killed after accepting the batch and writing its first chunks.
        byte[] offers = sample("csl-offers/offers-gb18030.csv");
        String partner = own("csl-offers");
        BatchStatus accepted = inbox.accept(partner, "csv", "GB18030", "offers.csv", new java.io.ByteArrayInputStream(offers));
        processor.process(accepted.batchId());
        BatchStatus done = inbox.status(accepted.batchId()).orElseThrow();
        inbox.writeStatus(new BatchStatus(done.batchId(), done.partnerId(), BatchStatus.PROCESSING, done.format(), done.charset(),
                done.fileName(), done.payloadBytes(), done.receivedAt(), done.startedAt(), null,
                new BatchStatus.Counts(10, 10, 10, 0, 0, 0, 0), 10, null, java.util.List.of(), false, java.util.List.of(), false,
                java.util.List.of()));

        BatchStatus resumed = processor.process(accepted.batchId());

        assertThat(resumed.status()).isEqualTo(BatchStatus.DONE);
        assertThat(resumed.counts().received()).isEqualTo(20);
        assertThat(resumed.counts().indexed()).as("the first ten, as saved before the interruption").isEqualTo(10);
        assertThat(resumed.counts().unchanged()).as("the last ten, indexed already before the interruption").isEqualTo(10);
        es.indices().refresh(r -> r.index("it-listings"));
        long offersIndexed = es.count(c -> c.index("it-listings")
                .query(q -> q.term(t -> t.field("partnerId").value(partner)))).count();
        assertThat(offersIndexed).isEqualTo(20);
    }
}
