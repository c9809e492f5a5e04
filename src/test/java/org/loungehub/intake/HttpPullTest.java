package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class HttpPullTest {

    private static final String URL = "https://partner.example/exports/listings.ndjson?token=abc";

    @TempDir
    Path inbox;

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private HttpPull pull() {
        IntakeProperties properties = new IntakeProperties(inbox, DataSize.ofMegabytes(1), 10, 10, DataSize.ofMegabytes(5), Duration.ofSeconds(1), 10);
        return new HttpPull(properties, json, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void firstPollIsAPlainGetThatPassesTheUrlsQuery() {
        Map<String, Object> headers = new HashMap<>();

        pull().prepare("acme", URL, headers);

        assertThat(headers).containsExactly(Map.entry("CamelHttpRawQuery", "token=abc"));
    }

    @Test
    void nextPollAsksOnlyForAChangedFeedWithTheRememberedEtagAndDate() {
        pull().remember("acme", URL, Map.of("Etag", "\"v7\"", "Last-Modified", "Sun, 01 Mar 2026 09:00:00 GMT"));
        Map<String, Object> headers = new HashMap<>();

        pull().prepare("acme", URL, headers);

        assertThat(headers).containsEntry("If-None-Match", "\"v7\"")
                .containsEntry("If-Modified-Since", "Sun, 01 Mar 2026 09:00:00 GMT");
    }

    @Test
    void validatorsBelongToOneSourceUrl() {
        pull().remember("acme", URL, Map.of("ETag", "\"v7\""));
        Map<String, Object> headers = new HashMap<>();

        pull().prepare("acme", "https://partner.example/exports/other.ndjson", headers);
        pull().prepare("other-partner", URL, headers);

        assertThat(headers).doesNotContainKey("If-None-Match");
    }

    @Test
    void anAnswerWithoutValidatorsForgetsTheOldOnesSoTheNextPollFetchesInFull() {
        pull().remember("acme", URL, Map.of("ETag", "\"v7\""));
        pull().remember("acme", URL, Map.of("Content-Type", "application/x-ndjson"));
        Map<String, Object> headers = new HashMap<>();

        pull().prepare("acme", URL, headers);

        assertThat(headers).doesNotContainKeys("If-None-Match", "If-Modified-Since");
    }

    @Test
    void anUnreadableStateFileOnlyCostsAFullFetch() throws Exception {
        Path file = pull().stateFile("acme", URL);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{not json");
        Map<String, Object> headers = new HashMap<>();

        pull().prepare("acme", URL, headers);

        assertThat(headers).doesNotContainKey("If-None-Match");
    }

    @Test
    void validatorsAreKeptInTheInboxAndSurviveARestart() {
        pull().remember("acme", URL, Map.of("ETag", "W/\"42\""));

        assertThat(pull().stateFile("acme", URL)).startsWith(inbox.toAbsolutePath().resolve("pull-state"));
        assertThat(pull().validators("acme", URL)).get().extracting(HttpValidators::etag).isEqualTo("W/\"42\"");
    }

    @Test
    void namesTheBatchAfterTheUrlsLastPathSegmentElseItsHost() {
        assertThat(pull().batchName(URL)).isEqualTo("listings.ndjson");
        assertThat(pull().batchName("https://partner.example/feeds/caf%C3%A9%20list.csv")).isEqualTo("café list.csv");
        assertThat(pull().batchName("https://partner.example/")).isEqualTo("partner.example");
        assertThat(pull().batchName("https://partner.example")).isEqualTo("partner.example");
    }

    @Test
    void theHttpEndpointIsTheUrlWithoutItsQuery() {
        assertThat(HttpPull.address(URI.create(URL))).isEqualTo("https://partner.example/exports/listings.ndjson");
        assertThat(HttpPull.address(URI.create("http://127.0.0.1:8081/x.json#top"))).isEqualTo("http://127.0.0.1:8081/x.json");
    }
}
