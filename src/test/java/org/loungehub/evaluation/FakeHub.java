package org.loungehub.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The hub's public API as the evaluation command uses it, in memory: partner evaluation's listings, one batch per
 * push (done at once), an embeddings backlog that drains, and rankings chosen by the test.
 */
final class FakeHub implements AutoCloseable {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    /** evaluation partner's listings by externalId, in push order */
    final Map<String, JsonNode> listings = new LinkedHashMap<>();
    final List<String> pushed = new ArrayList<>();
    final List<JsonNode> matchRequests = new ArrayList<>();
    /** records the hub "rejects" at push */
    final Set<String> rejected = new HashSet<>();
    /** what GET /admin/embeddings answers, one value per call (the last one repeats); null: the endpoint 404s */
    Deque<Long> pending = new ArrayDeque<>(List.of(0L));
    boolean matchApi = true;
    /** when set, every request must carry it as X-Api-Key (else 401), as a hub that guards /api/** does */
    String apiKey;
    /** the X-Api-Key of every request received, "" when absent */
    final List<String> apiKeysSeen = new ArrayList<>();
    /** received, indexed, deleted, rejected of the last push */
    private final long[] counts = new long[4];
    /** (text, signals or null) → externalIds best first, or null to refuse the request */
    BiFunction<String, List<String>, List<String>> ranking = (text, signals) -> List.of();

    static {
        // Without it the JDK server's separate header and body writes wait for delayed ACKs: ~45 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    FakeHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        byte[] body = exchange.getRequestBody().readAllBytes();
        String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
        apiKeysSeen.add(key == null ? "" : key);
        if (apiKey != null && !apiKey.equals(key)) {
            respond(exchange, 401, Map.of("message", "an API key is required (X-Api-Key)"));
            return;
        }
        if (method.equals("POST") && path.equals("/api/v1/match")) {
            match(exchange, json.readTree(body));
        } else if (method.equals("GET") && path.equals("/api/v1/listings")) {
            List<Map<String, Object>> all = listings.values().stream()
                    .filter(l -> "evaluation".equals(query.get("partner")) && l.path("kind").asText().equals(query.get("kind")))
                    .map(l -> Map.<String, Object>of("id", "evaluation:" + l.path("externalId").asText(),
                            "externalId", l.path("externalId").asText()))
                    .toList();
            int size = Integer.parseInt(query.get("size"));
            int from = (Integer.parseInt(query.get("page")) - 1) * size;
            respond(exchange, 200, Map.of("total", all.size(), "items", all.subList(Math.min(from, all.size()),
                    Math.min(from + size, all.size()))));
        } else if (method.equals("POST") && path.equals("/api/v1/partners/evaluation/listings")) {
            push(exchange, new String(body, StandardCharsets.UTF_8));
        } else if (method.equals("GET") && path.startsWith("/api/v1/batches/")) {
            respond(exchange, 200, Map.of("batchId", "b" + pushed.size(), "status", "done",
                    "counts", Map.of("received", counts[0], "indexed", counts[1], "deleted", counts[2], "rejected", counts[3])));
        } else if (method.equals("GET") && path.equals("/api/v1/admin/embeddings") && pending != null) {
            respond(exchange, 200, Map.of("pending", pending.size() > 1 ? pending.poll() : pending.peek()));
        } else {
            respond(exchange, 404, Map.of("message", "no such resource"));
        }
    }

    private void push(HttpExchange exchange, String ndjson) throws IOException {
        pushed.add(ndjson);
        Arrays.fill(counts, 0);
        for (String line : ndjson.split("\n")) {
            JsonNode record = json.readTree(line);
            String id = record.path("externalId").asText();
            counts[0]++;
            if (record.path("deleted").asText().equals("true")) {
                listings.remove(id);
                counts[2]++;
            } else if (rejected.contains(id)) {
                counts[3]++;
            } else {
                listings.put(id, record);
                counts[1]++;
            }
        }
        respond(exchange, 202, Map.of("batchId", "b" + pushed.size(), "status", "accepted"));
    }

    private void match(HttpExchange exchange, JsonNode request) throws IOException {
        if (!matchApi) {
            respond(exchange, 404, Map.of("message", "no such resource"));
            return;
        }
        matchRequests.add(request);
        List<String> signals = request.has("signals")
                ? json.convertValue(request.get("signals"), json.getTypeFactory().constructCollectionType(List.class, String.class))
                : null;
        List<String> ids = request.path("text").asText().equals("probe") ? List.of() : ranking.apply(request.path("text").asText(), signals);
        if (ids == null) {
            respond(exchange, 400, Map.of("message", "signal " + signals + " is not available"));
            return;
        }
        List<Map<String, Object>> matches = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), request.path("size").asInt()))) {
            matches.add(Map.of("listing", Map.of("id", "evaluation:" + id, "externalId", id), "score", 1.0));
        }
        respond(exchange, 200, Map.of("query", Map.of("text", request.path("text").asText()), "matches", matches));
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
