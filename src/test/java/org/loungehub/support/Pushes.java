package org.loungehub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Pushing a feed through the public API and waiting until its batch is done (its listings searchable). */
public final class Pushes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Pushes() {
    }

    public static JsonNode pushAndWait(TestRestTemplate rest, String partner, String contentType, String body) throws Exception {
        return pushAndWait(rest, partner, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static JsonNode pushAndWait(TestRestTemplate rest, String partner, String contentType, byte[] body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Type", contentType);
        ResponseEntity<String> accepted = rest.exchange("/api/v1/partners/" + partner + "/listings", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        if (accepted.getStatusCode().value() != 202) {
            throw new AssertionError("push refused: " + accepted.getStatusCode() + " " + accepted.getBody());
        }
        String batchId = JSON.readTree(accepted.getBody()).path("batchId").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = JSON.readTree(rest.getForObject("/api/v1/batches/" + batchId, String.class));
            String state = status.path("status").asText();
            if (state.equals("done")) {
                return status;
            }
            if (state.equals("failed")) {
                throw new AssertionError("batch failed: " + status);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batchId + " did not finish in time");
    }
}
