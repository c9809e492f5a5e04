package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.TestApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The command against the whole hub on a random port and the real test node, on the fixture data. */
@HubIntegrationTest
class EvaluateCommandIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void loadsACorpusThroughThePushApiAndReplacesTheListingsLeftByAnotherCorpusOfItsKind() throws Exception {
        HubClient hub = new HubClient("http://localhost:" + port, TestApiKeys.ADMIN);
        CorpusLoader loader = new CorpusLoader(hub, out, Duration.ofSeconds(60));
        LabeledSet jobs = new TechmapJobsSet(5).build(Fixtures.DATA);
        LabeledSet fewerJobs = new TechmapJobsSet(12).build(Fixtures.DATA);

        assertThat(loader.load(jobs)).isEmpty();
        assertThat(hub.externalIds("talent")).containsExactlyInAnyOrderElementsOf(ids(jobs));

        assertThat(loader.load(fewerJobs)).isEmpty();
        assertThat(hub.externalIds("talent")).containsExactlyInAnyOrderElementsOf(ids(fewerJobs));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Pushing 15 talent listings to partner evaluation")
                .contains("Pushing 8 talent listings to partner evaluation (and deleting 7 left from another set)");
    }

    /** Needs the match API (POST /api/v1/match): skipped on a hub without it. */
    @Test
    void measuresEveryConfigurationOnATinySetEndToEnd(@TempDir Path results) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        int probe = rest.postForEntity("/api/v1/match", new HttpEntity<>("{\"text\":\"probe\",\"size\":1}", headers),
                String.class).getStatusCode().value();
        assumeTrue(probe != 404, "the hub has no match API yet");

        int exit = new EvaluateCommand(out).run(List.of("--hub", "http://localhost:" + port, "--api-key", TestApiKeys.ADMIN, "--data",
                Fixtures.DATA.toString(), "--set", "csl-disciplines", "--limit-queries", "3", "--out", results.toString()));

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("csl-disciplines (zh→zh): 4 listings, 3 queries").contains("fused vs bm25");
        JsonNode written = new ObjectMapper().readTree(results.resolve("csl-disciplines.json").toFile());
        assertThat(written.path("configurations").findValuesAsText("configuration"))
                .containsExactly("bm25", "vector", "concepts", "fused");
        // one offer per discipline: a ranking that puts it first is perfect, so every figure is in (0, 1]
        assertThat(written.path("configurations").get(3).path("mrr10").asDouble()).isPositive();
    }

    private static List<String> ids(LabeledSet set) {
        return set.corpus().stream().map(CorpusListing::externalId).toList();
    }
}
