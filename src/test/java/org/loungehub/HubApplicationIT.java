package org.loungehub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.loungehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

@HubIntegrationTest
class HubApplicationIT {

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void healthIsUpAndIncludesElasticsearchAndCamel() throws Exception {
        ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode health = json.readTree(response.getBody());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/elasticsearch/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/elasticsearch/details/cluster_name").asText()).isEqualTo("lounge-hub");
        assertThat(health.at("/components/camelHealth/status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsAreExposedForPrometheus() {
        String metrics = rest.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("camel_").contains("jvm_memory_used_bytes");
    }

    @Test
    void indexStatusListsTheListingsAliasAndItsConcreteIndex() throws Exception {
        JsonNode status = json.readTree(rest.getForObject("/api/v1/admin/indices", String.class));
        assertThat(status.isArray()).isTrue();
        JsonNode listings = null;
        for (JsonNode entry : status) {
            if (entry.path("name").asText().equals("listings")) {
                listings = entry;
            }
        }
        assertThat(listings).as(status.toString()).isNotNull();
        assertThat(listings.path("alias").asText()).isEqualTo("it-listings");
        assertThat(listings.path("index").asText()).startsWith("it-listings-v");
        assertThat(listings.path("reindexDue").asBoolean()).isFalse();
    }

    @Test
    void unknownIndexIsA404WithAMessageAndNoEchoedHeaders() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Secret-Probe", "leak-me");
        ResponseEntity<String> response = rest.exchange("/api/v1/admin/indices/nope/reindex", HttpMethod.POST,
                new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(response.getBody()).path("message").asText()).contains("No index named 'nope'");
        assertThat(response.getHeaders().keySet()).map(String::toLowerCase).doesNotContain("x-secret-probe", "name");
    }
}
