package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubProcess;
import org.loungehub.support.TestNode;

/**
 * A real kill -9: the hub runs in its own JVM, is killed with SIGKILL in the middle of a large batch, and a new
 * hub on the same inbox finishes it. Nothing accepted is lost and nothing is indexed twice.
 */
@ExtendWith(TestNode.class)
class CrashRecoveryIT {

    private static final int RECORDS = 10_000;
    /** Every 500th record has no name (so no title): rejected, with a dead letter. */
    private static final int INVALID_EVERY = 500;
    /** Every 1,250th record repeats the one before it: one listing, the repeat unchanged. */
    private static final int REPEAT_EVERY = 1_250;
    private static final Path WORK = Path.of("target/crash-recovery");

    private static final List<HubProcess> hubs = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void stopHubs() {
        hubs.forEach(HubProcess::close);
    }

    @Test
    void aHubKilledMidBatchIsResumedByTheNextOneAndEveryValidRecordIsIndexedExactlyOnce() throws Exception {
        String prefix = EsTestClient.uniquePrefix("crash");
        Path inbox = WORK.resolve(prefix + "inbox").toAbsolutePath();
        Feed feed = generate(WORK.resolve(prefix + "companies.ndjson"));
        Map<String, String> settings = Map.of("hub.elasticsearch.index-prefix", prefix, "hub.intake.inbox", inbox.toString(),
                "hub.intake.chunk-size", "250");

        HubProcess first = start(prefix + "first.log", settings);
        HttpResponse<String> accepted = first.post("/api/v1/partners/techmap-companies/listings", "application/x-ndjson", feed.file());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String batchId = json.readTree(accepted.body()).path("batchId").asText();

        JsonNode midway = await(first, batchId, s -> s.path("checkpoint").asLong() > 0, Duration.ofSeconds(120));
        int exit = first.kill();

        assertThat(exit).as("killed by SIGKILL (128 + 9), not ended on its own").isEqualTo(137);
        assertThat(midway.path("status").asText()).isEqualTo(BatchStatus.PROCESSING);
        JsonNode onDisk = json.readTree(inbox.resolve(batchId).resolve(Inbox.STATUS).toFile());
        assertThat(onDisk.path("status").asText()).isEqualTo(BatchStatus.PROCESSING);
        assertThat(onDisk.path("checkpoint").asLong()).as("killed in the middle of the batch").isBetween(1L, RECORDS - 1L);

        HubProcess second = start(prefix + "second.log", settings);
        JsonNode done = await(second, batchId, s -> s.path("status").asText().matches("done|failed"), Duration.ofSeconds(180));

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo(BatchStatus.DONE);
        JsonNode counts = done.path("counts");
        assertThat(counts.path("received").asLong()).isEqualTo(RECORDS);
        assertThat(counts.path("valid").asLong()).isEqualTo(feed.valid());
        assertThat(counts.path("rejected").asLong()).isEqualTo(feed.invalid().size());
        assertThat(counts.path("deleted").asLong()).isZero();
        assertThat(counts.path("indexed").asLong() + counts.path("unchanged").asLong()).as(counts.toString()).isEqualTo(feed.valid());
        assertThat(done.path("errors").findValuesAsText("recordNumber")).as("each rejected record reported once")
                .containsExactlyInAnyOrderElementsOf(feed.invalid().stream().map(String::valueOf).toList());
        JsonNode deadLetters = json.readTree(second.get("/api/v1/partners/techmap-companies/dead-letters?batchId=" + batchId).body());
        assertThat(deadLetters.findValuesAsText("recordNumber")).as("one dead letter per rejected record")
                .containsExactlyInAnyOrderElementsOf(feed.invalid().stream().map(String::valueOf).toList());
        assertThat(Files.readString(second.console())).as("resumed after the checkpoint, not started over")
                .contains("Resuming batch " + batchId + " of techmap-companies after record " + onDisk.path("checkpoint").asLong());

        ElasticsearchClient es = EsTestClient.create();
        es.indices().refresh(r -> r.index(prefix + "listings"));
        long documents = es.count(c -> c.index(prefix + "listings")
                .query(q -> q.term(t -> t.field("partnerId").value("techmap-companies")))).count();
        assertThat(documents).as("every distinct valid record, once").isEqualTo(feed.distinctIds());
    }

    private HubProcess start(String console, Map<String, String> settings) throws InterruptedException {
        HubProcess hub = HubProcess.start(WORK.resolve(console), settings);
        hubs.add(hub);
        return hub.awaitHealthy(Duration.ofSeconds(120));
    }

    private JsonNode await(HubProcess hub, String batchId, Predicate<JsonNode> condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode status = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = hub.get("/api/v1/batches/" + batchId);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            status = json.readTree(response.body());
            if (condition.test(status)) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("batch " + batchId + " did not get there within " + timeout + "; last status: " + status);
    }

    private record Feed(Path file, long valid, List<Long> invalid, long distinctIds) {
    }

    /** Small Tech Map companies, in the partner's own shape. */
    private Feed generate(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<Long> invalid = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long valid = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 1; n <= RECORDS; n++) {
                int company = n % REPEAT_EVERY == 0 ? n - 1 : n;
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("registryNumber", String.format("CR-%06d", company));
                if (n % INVALID_EVERY != 0) {
                    record.put("name", "Crash Test Company " + company);
                    valid++;
                    ids.add(String.format("CR-%06d", company));
                } else {
                    invalid.add((long) n);
                }
                record.put("description", "Generated company " + company + " for the crash recovery test.");
                record.put("categoryId", 1 + company % 18);
                record.put("size", "s");
                record.put("websiteUrl", "https://company-" + company + ".example");
                record.put("addresses", List.of(Map.of("city", "תל אביב", "lat", 32.08, "lon", 34.78)));
                record.put("isActive", true);
                out.write(json.writeValueAsString(record));
                out.write('\n');
            }
        }
        return new Feed(file, valid, invalid, ids.size());
    }
}
