package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Listings;
import org.loungehub.support.TestSftpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A feed uploaded to a partner's SFTP folder is pulled, ingested, and moved to .done on the server. */
@HubIntegrationTest
class SftpPullIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestSftpServer sftp;

    private final ElasticsearchClient es = EsTestClient.create();

    @Test
    void aGb18030CsvUploadedToThePartnersSftpFolderIsPulledIndexedAndMovedToDone() throws Exception {
        Path inbound = Files.createDirectories(sftp.home().resolve("inbound"));
        String id = "SFTP-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "externalId,title,description,keywords\n" + id + ",海洋生物保健食品提取技术,从海藻中提取活性成分,海洋生物;保健食品\n";
        Files.write(inbound.resolve(id + ".csv.part"), csv.getBytes(Charset.forName("GB18030")));
        Files.move(inbound.resolve(id + ".csv.part"), inbound.resolve(id + ".csv"));

        Map<?, ?> listing = Listings.await(es, "sftp-test:" + id, Duration.ofSeconds(60));

        assertThat(listing.get("title")).isEqualTo("海洋生物保健食品提取技术");
        assertThat(listing.get("country")).isEqualTo("CN");
        assertThat(rest.getForObject("/api/v1/partners/sftp-test/batches", String.class)).contains(id + ".csv");
        Path done = awaitFile(inbound.resolve(".done"), id + ".csv");
        assertThat(done).hasBinaryContent(csv.getBytes(Charset.forName("GB18030")));
        assertThat(inbound.resolve(id + ".csv")).doesNotExist();
    }

    /** The move follows the exchange's completion, which may come a moment after the listing is indexed. */
    private static Path awaitFile(Path folder, String name) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    var found = files.filter(p -> p.getFileName().toString().equals(name)).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not moved into " + folder);
    }
}
