package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Listings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A feed dropped into a partner's configured folder is pulled, ingested, and moved out of the way. */
@HubIntegrationTest
class PullIT {

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();

    @Test
    void aGb18030CsvDroppedIntoThePartnersFolderIsPulledAndIndexed() throws Exception {
        Path drop = Path.of("target/it-drop");
        Files.createDirectories(drop);
        String id = "DROP-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "externalId,title,description,keywords\n" + id + ",海洋生物保健食品提取技术,从海藻中提取活性成分,海洋生物;保健食品\n";
        Files.write(drop.resolve(id + ".csv.tmp"), csv.getBytes(Charset.forName("GB18030")));
        Files.move(drop.resolve(id + ".csv.tmp"), drop.resolve(id + ".csv"));

        Map<?, ?> listing = Listings.await(es, "drop-test:" + id, Duration.ofSeconds(60));

        assertThat(listing.get("title")).isEqualTo("海洋生物保健食品提取技术");
        assertThat(listing.get("country")).isEqualTo("CN");
        JsonNode batches = json.readTree(rest.getForObject("/api/v1/partners/drop-test/batches", String.class));
        assertThat(batches.toString()).contains(id + ".csv");
        // The file is moved when its exchange completes, which under load can come after the listing is indexed.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
        boolean moved = false;
        while (!moved && java.time.Instant.now().isBefore(deadline)) {
            try (Stream<Path> done = Files.walk(drop.resolve(".done"))) {
                moved = done.anyMatch(p -> p.getFileName().toString().equals(id + ".csv"));
            } catch (java.io.UncheckedIOException | java.io.IOException e) {
                moved = false;
            }
            if (!moved) {
                Thread.sleep(200);
            }
        }
        assertThat(moved).as("the pulled file is moved to .done").isTrue();
        assertThat(drop.resolve(id + ".csv")).doesNotExist();
    }

}
