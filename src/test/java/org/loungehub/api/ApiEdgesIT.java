package org.loungehub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.RawHttp;
import org.loungehub.support.TestApiKeys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the API cannot serve, whoever refuses them (a route, Spring MVC, Tomcat itself while parsing), are
 * answered with the API's JSON error body and its security headers, and never with a 500.
 */
@HubIntegrationTest
class ApiEdgesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "X-Api-Key: " + TestApiKeys.ADMIN;

    @LocalServerPort
    int port;

    private RawHttp http() {
        return new RawHttp(port, "127.0.0.1");
    }

    @Test
    void aMatchRequestThatIsNotJsonIsA415() throws Exception {
        RawHttp.Response response = http().send("POST /api/v1/match HTTP/1.1", "radar".getBytes(StandardCharsets.UTF_8),
                KEY, "Content-Type: text/plain");
        assertHubError(response, 415, "Unsupported Media Type");
    }

    @Test
    void anIdLongerThanAnyListingIdIsA404() throws Exception {
        RawHttp.Response response = http().send("GET /api/v1/listings/lounge-desk:" + "x".repeat(5_000) + " HTTP/1.1", KEY);
        assertHubError(response, 404, "Not Found");
        assertThat(response.body()).doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }

    @Test
    void brokenPercentEncodingInThePathIsA400() throws Exception {
        assertHubError(http().send("GET /api/v1/listings/lounge-desk:%zz HTTP/1.1", KEY), 400, "Bad Request");
    }

    @Test
    void anInvalidCharacterInTheRequestTargetIsA400() throws Exception {
        assertHubError(http().send("GET /api/v1/listings/lounge-desk:{x} HTTP/1.1", KEY), 400, "Bad Request");
    }

    @Test
    void tooLargeHeadersAreA400() throws Exception {
        assertHubError(http().send("GET /api/v1/listings HTTP/1.1", KEY, "X-Padding: " + "p".repeat(20_000)), 400, "Bad Request");
    }

    @Test
    void anUnknownPathIsA404() throws Exception {
        assertHubError(http().send("GET /api/v1/no-such-thing HTTP/1.1", KEY), 404, "Not Found");
    }

    private static void assertHubError(RawHttp.Response response, int status, String error) throws Exception {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        assertThat(response.header("X-Content-Type-Options")).as(response.toString()).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).as(response.toString()).contains("default-src 'none'");
        assertThat(response.header("Cache-Control")).as(response.toString()).contains("no-store");
    }
}
