package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command against an in-memory hub (FakeHub) that speaks the public API, on the fixture data. */
class EvaluateCommandTest {

    @TempDir
    Path out;
    private FakeHub hub;
    private final ObjectMapper json = new ObjectMapper();
    private Map<String, LabeledQuery> queries;
    private DevelopmentSets sets = new DevelopmentSets(20, 5);

    @BeforeEach
    void start() throws Exception {
        hub = new FakeHub();
        queries = new CslDisciplinesSet(5).build(Fixtures.DATA).queries().stream()
                .collect(Collectors.toMap(LabeledQuery::text, Function.identity()));
        // fused ranks perfectly, concepts puts one wrong listing first, bm25 finds nothing, vector is refused
        hub.ranking = (text, signals) -> {
            List<String> perfect = queries.get(text).grades().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).toList();
            if (signals == null) {
                return perfect;
            }
            return switch (signals.get(0)) {
                case "bm25" -> List.of();
                case "concepts" -> {
                    List<String> ids = new ArrayList<>(List.of("csl:elsewhere"));
                    ids.addAll(perfect);
                    yield ids;
                }
                default -> null;
            };
        };
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private record Run(int exit, String output) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", Fixtures.DATA.toString(), "--out", out.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit;
        try {
            exit = new EvaluateCommand(print).run(EvaluationOptions.parse(all, hub.url()), sets);
        } catch (EvaluationException e) {
            print.println(e.getMessage());
            exit = 1;
        }
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pushesTheCorpusMeasuresEachConfigurationAndWritesTheResults() throws Exception {
        hub.listings.put("csl:OLD", json.readTree("{\"externalId\":\"csl:OLD\",\"kind\":\"technology\"}"));
        hub.listings.put("techmap:1", json.readTree("{\"externalId\":\"techmap:1\",\"kind\":\"company\"}"));
        hub.pending = new ArrayDeque<>(List.of(2L, 1L, 0L));

        Run run = run("--set", "csl-disciplines", "--signals", "bm25,concepts,fused");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("Pushing 20 technology listings to partner evaluation (and deleting 1 left from another set)")
                .contains("Embeddings: 2 listings pending").contains("Embeddings: all listings embedded")
                .contains("csl-disciplines (zh→zh): 20 listings, 5 queries")
                .containsPattern("fused\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+5")
                .containsPattern("bm25\\s+0\\.0000\\s+0\\.0000\\s+0\\.0000\\s+5")
                .containsPattern("concepts\\s+0\\.\\d{4}\\s+0\\.\\d{4}\\s+0\\.5000\\s+5")
                .contains("fused vs bm25: MAP +1.0000, nDCG@10 +1.0000, MRR@10 +1.0000");
        // the evaluation partner now holds exactly this corpus for its kind; other kinds are left alone
        assertThat(hub.listings).containsKey("techmap:1").doesNotContainKey("csl:OLD").hasSize(21);
        assertThat(hub.pushed.get(0)).endsWith("{\"externalId\":\"csl:OLD\",\"deleted\":\"true\"}\n");

        JsonNode bm25 = hub.matchRequests.stream().filter(r -> r.has("signals")).findFirst().orElseThrow();
        assertThat(bm25.toString()).contains("\"kinds\":[\"technology\"]").contains("\"partners\":[\"evaluation\"]")
                .contains("\"size\":100").contains("\"signals\":[\"bm25\"]");
        assertThat(hub.matchRequests).filteredOn(r -> !r.has("signals")).hasSize(1 + 5); // the probe, then fused

        JsonNode results = json.readTree(out.resolve("csl-disciplines.json").toFile());
        assertThat(results.path("corpus").asInt()).isEqualTo(20);
        assertThat(results.path("queries").asInt()).isEqualTo(5);
        assertThat(results.path("configurations").findValuesAsText("configuration")).containsExactly("bm25", "concepts", "fused");
        JsonNode fused = results.path("configurations").get(2);
        assertThat(fused.path("map").asDouble()).isEqualTo(1.0);
        assertThat(fused.path("signals").isMissingNode()).isTrue();
        assertThat(fused.path("perQuery")).hasSize(5);
        assertThat(fused.path("perQuery").get(0).path("top10").size()).isPositive();
        assertThat(results.path("fusedVsBm25").path("ndcg10").asDouble()).isEqualTo(1.0);
    }

    @Test
    void reportsAConfigurationTheHubRefusesAndExitsWith1() {
        Run run = run("--set", "csl-disciplines");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("vector: not measured, POST /api/v1/match at " + hub.url()
                        + " answered HTTP 400: signal [vector] is not available")
                .containsPattern("vector\\s+-\\s+-\\s+-").containsPattern("fused\\s+1\\.0000")
                .contains("Some configurations were refused");
    }

    @Test
    void leavesRejectedListingsOutOfTheJudgmentsAndSkipsQueriesLeftWithoutRelevantListings() throws Exception {
        // 25 offers, 4 disciplines: 21 held out, one offer per discipline in the corpus
        sets = new DevelopmentSets(20, 100);
        hub.rejected.add("csl:" + new CslDisciplinesSet(100).sample(Fixtures.DATA).corpus().stream()
                .filter(o -> o.discipline().equals("水利工程")).findFirst().orElseThrow().id());
        hub.ranking = (text, signals) -> List.of();

        Run run = run("--set", "csl-disciplines", "--signals", "fused");

        assertThat(run.output()).contains("Warning: 1 corpus listings are not searchable")
                .contains("has no relevant listing in the corpus; skipped");
        JsonNode results = json.readTree(out.resolve("csl-disciplines.json").toFile());
        assertThat(results.path("corpus").asInt()).isEqualTo(3);
        assertThat(results.path("skippedQueries")).hasSize(3);
        assertThat(results.path("queries").asInt()).isEqualTo(18);
    }

    @Test
    void runsTheFirstQueriesOnlyWhenAsked() throws Exception {
        assertThat(run("--set", "csl-disciplines", "--signals", "fused", "--limit-queries", "2").exit()).isZero();

        assertThat(json.readTree(out.resolve("csl-disciplines.json").toFile()).path("queries").asInt()).isEqualTo(2);
    }

    @Test
    void goesOnWithAWarningWhenTheHubCannotTellWhetherEmbeddingsArePending() {
        hub.pending = null;

        Run run = run("--set", "csl-disciplines", "--signals", "fused");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("Warning: the hub has no GET /api/v1/admin/embeddings");
    }

    @Test
    void givesUpWhenEmbeddingsStayPendingPastTheTimeout() {
        hub.pending = new ArrayDeque<>(List.of(7L));

        Run run = run("--set", "csl-disciplines", "--embeddings-timeout", "1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("7 listings still have no embedding after 1 s").contains("--embeddings-timeout");
        assertThat(hub.matchRequests).hasSize(1); // the probe only
    }

    @Test
    void stopsBeforePushingWhenTheHubHasNoMatchApi() {
        hub.matchApi = false;

        Run run = run("--set", "all");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("has no match API (POST /api/v1/match answered 404)");
        assertThat(hub.pushed).isEmpty();
    }

    @Test
    void runsEverySetOnTheFixtures() {
        hub.ranking = (text, signals) -> List.of();

        Run run = run("--set", "all", "--signals", "bm25,fused");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("techmap-companies.json", "zh-to-en.json",
                "csl-disciplines.json", "en-to-zh.json", "techmap-jobs.json");
        assertThat(run.output()).contains("Pushing 20 company listings").contains("Pushing 20 technology listings")
                .contains("talent listings");
    }

    @Test
    void saysHowToStartTheHubWhenNoneAnswers() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new EvaluateCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(List.of("--hub", "http://localhost:1", "--data", Fixtures.DATA.toString(), "--set", "csl-disciplines"));

        assertThat(exit).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("No hub answers at http://localhost:1: start it (./mvnw spring-boot:run) or pass --hub URL");
    }

    @Test
    void saysWhereTheDataShouldBe() {
        Run run = run("--data", "/nowhere", "--set", "techmap-companies");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("No /nowhere/israel-techmap/categories.json: pass --data");
    }

    @Test
    void sendsTheApiKeyOnEveryRequestWhenGiven() {
        hub.apiKey = "eval-key";

        Run run = run("--set", "csl-disciplines", "--signals", "bm25,fused", "--api-key", "eval-key");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(hub.apiKeysSeen).hasSizeGreaterThan(5).containsOnly("eval-key");
    }

    @Test
    void saysHowToGiveTheApiKeyWhenTheHubAsksForOne() {
        hub.apiKey = "eval-key";

        Run run = run("--set", "csl-disciplines", "--signals", "fused");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("answered HTTP 401")
                .contains("the hub asks for an API key: pass --api-key KEY or set HUB_API_KEY");
        assertThat(hub.pushed).isEmpty();
    }

    @Test
    void removesEveryListingOfTheEvaluationPartnerWhenAsked() throws Exception {
        hub.listings.put("csl:1", json.readTree("{\"externalId\":\"csl:1\",\"kind\":\"technology\"}"));
        hub.listings.put("techmap:1", json.readTree("{\"externalId\":\"techmap:1\",\"kind\":\"company\"}"));

        Run run = run("--remove");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("Deleting 2 listings of partner evaluation");
        assertThat(hub.listings).isEmpty();
        assertThat(hub.matchRequests).isEmpty();
    }
}
