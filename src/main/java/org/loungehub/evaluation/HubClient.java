package org.loungehub.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The hub's public HTTP API, as far as the evaluation uses it. Every failure becomes an {@link EvaluationException}. */
class HubClient {

    /** The partner every evaluation corpus is pushed to (infra/partners/evaluation.yaml). */
    static final String PARTNER = "evaluation";
    private static final int PAGE = 100;

    private final String hub;
    /** Sent as X-Api-Key on every request when not null: a hub that guards /api/** asks for it. */
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    HubClient(String hub, String apiKey) {
        this.hub = hub.replaceAll("/+$", "");
        this.apiKey = apiKey;
    }

    String url() {
        return hub;
    }

    /** Fails early, before a corpus is pushed, when the hub is down or has no match API. */
    void checkMatchApi() {
        Map<String, Object> probe = Map.of("text", "probe", "size", 1, "filters", Map.of("partners", List.of(PARTNER)));
        HttpResponse<String> response = send(post("/api/v1/match", "application/json", bytes(probe)));
        if (response.statusCode() == 404) {
            throw new EvaluationException("The hub at " + hub + " has no match API (POST /api/v1/match answered 404):"
                    + " run a hub built from a version with matching");
        }
        ok(response, "POST /api/v1/match");
    }

    /** The externalIds of the evaluation partner's current listings of one kind. */
    List<String> externalIds(String kind) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            String path = "/api/v1/listings?partner=" + PARTNER + "&kind=" + encode(kind) + "&size=" + PAGE + "&page=" + page;
            JsonNode body = read(ok(send(get(path)), "GET " + path));
            for (JsonNode item : body.path("items")) {
                ids.add(item.path("externalId").asText());
            }
            if (body.path("items").size() < PAGE || (long) page * PAGE >= body.path("total").asLong()) {
                return ids;
            }
        }
    }

    /** @return the batch id */
    String push(String name, byte[] ndjson) {
        String path = "/api/v1/partners/" + PARTNER + "/listings?name=" + encode(name);
        HttpResponse<String> response = send(post(path, "application/x-ndjson", ndjson));
        if (response.statusCode() == 404) {
            throw new EvaluationException("The hub at " + hub + " does not know partner '" + PARTNER + "': run a hub"
                    + " built from this version (infra/partners/evaluation.yaml), or add that file to HUB_PARTNERS_DIR");
        }
        if (response.statusCode() != 202) {
            throw refused("POST " + path, response);
        }
        return read(response.body()).path("batchId").asText();
    }

    JsonNode batch(String batchId) {
        String path = "/api/v1/batches/" + encode(batchId);
        return read(ok(send(get(path)), "GET " + path));
    }

    /** Listings still waiting for their embedding; empty when the hub has no such endpoint. */
    OptionalLong pendingEmbeddings() {
        HttpResponse<String> response = send(get("/api/v1/admin/embeddings"));
        if (response.statusCode() == 404) {
            return OptionalLong.empty();
        }
        JsonNode pending = read(ok(response, "GET /api/v1/admin/embeddings")).path("pending");
        if (!pending.isNumber()) {
            throw new EvaluationException("GET " + hub + "/api/v1/admin/embeddings answered without 'pending'");
        }
        return OptionalLong.of(pending.asLong());
    }

    /**
     * The externalIds the hub matches to {@code text} among the evaluation partner's listings of {@code kind}, best
     * first. {@code signals} null: the hub's default, all signals fused.
     *
     * @throws MatchRefused when the hub answers the request with an error
     */
    List<String> match(String text, String kind, List<String> signals, int size) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("text", text);
        request.put("kinds", List.of(kind));
        request.put("filters", Map.of("partners", List.of(PARTNER)));
        request.put("size", size);
        if (signals != null) {
            request.put("signals", signals);
        }
        HttpResponse<String> response = send(post("/api/v1/match", "application/json", bytes(request)));
        if (response.statusCode() != 200) {
            throw new MatchRefused(refused("POST /api/v1/match", response).getMessage());
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode match : read(response.body()).path("matches")) {
            JsonNode listing = match.path("listing");
            String externalId = listing.path("externalId").asText(null);
            ids.add(externalId != null ? externalId : listing.path("id").asText().substring(PARTNER.length() + 1));
        }
        return ids;
    }

    /** The hub refused one match request (a signal it does not have, a query it cannot take). */
    static final class MatchRefused extends EvaluationException {
        MatchRefused(String message) {
            super(message);
        }
    }

    private HttpRequest get(String path) {
        return authorized(HttpRequest.newBuilder(URI.create(hub + path))).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private HttpRequest post(String path, String type, byte[] body) {
        return authorized(HttpRequest.newBuilder(URI.create(hub + path))).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return apiKey == null ? request : request.header("X-Api-Key", apiKey);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new EvaluationException("No hub answers at " + hub + ": start it (./mvnw spring-boot:run) or pass --hub URL");
        } catch (IOException e) {
            throw new EvaluationException(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationException("Interrupted");
        }
    }

    private String ok(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw refused(what, response);
        }
        return response.body();
    }

    private EvaluationException refused(String what, HttpResponse<String> response) {
        String message = response.body();
        try {
            message = json.readTree(response.body()).path("message").asText(response.body());
        } catch (IOException e) {
            // not JSON: quote the body as it is
        }
        String hint = response.statusCode() == 401 || response.statusCode() == 403
                ? (apiKey == null ? " (the hub asks for an API key: pass --api-key KEY or set HUB_API_KEY)"
                        : " (check the API key given with --api-key or HUB_API_KEY)")
                : "";
        return new EvaluationException(what + " at " + hub + " answered HTTP " + response.statusCode() + ": " + message + hint);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new EvaluationException("The hub at " + hub + " answered something that is not JSON: " + e.getMessage());
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
