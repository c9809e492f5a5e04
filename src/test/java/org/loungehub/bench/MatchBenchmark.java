package org.loungehub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.ReaderOptions;
import org.loungehub.intake.format.RecordReader;
import org.loungehub.intake.format.RecordReaders;
import org.loungehub.node.LocalNode;
import org.loungehub.support.TestNode;

/**
 * Match latency at N listings, hub against the raw Elasticsearch requests it issues, in one run on one node.
 * <ol>
 * <li>generates N listings from the real texts of ../shared/data (Chinese technology offers, Israeli companies),
 *     each text used by several listings, as a big lounge has many similar ones;</li>
 * <li>starts the packaged hub as its own process against a local node of its own, pushes them and waits until every
 *     listing has its vector (repeated texts come from the embedding cache). The node's data is kept between runs:
 *     a second run at the same N finds every listing unchanged and embedded, and skips the hours of set-up;</li>
 * <li>warm-up pass: sends every query once through POST /api/v1/match with {@code trace} on, which returns the
 *     Elasticsearch requests the hub sent (the multi-search of the three signals, the highlight search);</li>
 * <li>measured pass: for each query, the hub's POST /api/v1/match (without trace) and the replay of exactly its
 *     Elasticsearch requests straight to the node (_msearch, then _search, one after the other as the hub sends
 *     them), in alternating order, so both sides meet the same caches and the same load.</li>
 * </ol>
 * Prints p50/p95 of both, the hub's query-embedding time (as the hub reports it per request), the overhead ratio,
 * and checks hub p95 &lt;= 1.5 x raw p95 + embedding p95.
 * Run: {@code ./mvnw -Pbench-match verify -Dbench.match.n=100000 [-Dbench.match.queries=200]}
 */
public final class MatchBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.match.n", "100000"));
        int queries = Integer.parseInt(System.getProperty("bench.match.queries", "200"));
        Path work = Files.createDirectories(Path.of("target/bench-match"));
        Path base = TestNode.baseFor("bench-match");
        LocalNode node = new LocalNode(TestNode.properties(base, TestNode.freePort(), TestNode.freePort()), TestNode.VERSION);
        node.start();
        ElasticsearchClient es = IntakeBenchmark.client(node.httpUrl());
        Process hub = null;
        try {
            if (listings(es) > n) {
                // A larger earlier run: start from empty indices rather than measure more listings than asked.
                List<String> indices = List.copyOf(es.indices().get(g -> g.index("bench-*")).result().keySet());
                es.indices().delete(d -> d.index(indices));
            }
            Texts texts = Texts.load();
            Path feed = generate(work.resolve("listings.ndjson"), n, texts);
            int port = TestNode.freePort();
            // No saved demands here: the alert watcher would only re-read the fresh listings' sources every few seconds
            // during the set-up, for nothing.
            hub = IntakeBenchmark.startHub(work, node.httpUrl(), port, Map.of("HUB_ALERTS", "false"));
            String hubUrl = "http://localhost:" + port;
            IntakeBenchmark.awaitUp(hub, hubUrl, work);

            long t0 = System.nanoTime();
            String batchId = IntakeBenchmark.push(hubUrl, feed);
            JsonNode batch = IntakeBenchmark.awaitDone(hubUrl, batchId);
            System.out.printf(Locale.ROOT, "Pushed %s in %.0f s; waiting for embeddings%n", batch.path("counts"), (System.nanoTime() - t0) / 1e9);
            awaitEmbeddings(hubUrl);
            long indexed = listings(es);
            if (indexed != n) {
                throw new IllegalStateException(indexed + " listings in the index, " + n + " expected: " + batch);
            }
            System.out.printf(Locale.ROOT, "%,d listings, all with a vector, after %.0f s%n", indexed, (System.nanoTime() - t0) / 1e9);

            List<String> queryTexts = texts.queries(queries);
            List<JsonNode> traces = new ArrayList<>();
            for (String text : queryTexts) {
                traces.add(match(hubUrl, text, true).path("query").path("trace"));
            }
            String esUrl = node.httpUrl();
            for (JsonNode trace : traces) {
                replay(esUrl, trace);
            }

            String load = loadAverage();
            long[] hubNanos = new long[queryTexts.size()];
            long[] rawNanos = new long[queryTexts.size()];
            long[] rawMsearchNanos = new long[queryTexts.size()];
            long[] embedMillis = new long[queryTexts.size()];
            long[] hubEsMillis = new long[queryTexts.size()];
            for (int i = 0; i < queryTexts.size(); i++) {
                if (i % 2 == 1) {
                    rawMsearchNanos[i] = replay(esUrl, traces.get(i), rawNanos, i);
                }
                long t = System.nanoTime();
                JsonNode result = match(hubUrl, queryTexts.get(i), false);
                hubNanos[i] = System.nanoTime() - t;
                embedMillis[i] = result.path("query").path("took").path("embeddingMs").asLong();
                hubEsMillis[i] = result.path("query").path("took").path("elasticsearchMs").asLong();
                if (i % 2 == 0) {
                    rawMsearchNanos[i] = replay(esUrl, traces.get(i), rawNanos, i);
                }
            }
            double hubP50 = percentile(hubNanos, 50) / 1e6;
            double hubP95 = percentile(hubNanos, 95) / 1e6;
            double rawP50 = percentile(rawNanos, 50) / 1e6;
            double rawP95 = percentile(rawNanos, 95) / 1e6;
            double embedP50 = percentile(embedMillis, 50);
            double embedP95 = percentile(embedMillis, 95);
            double budget = 1.5 * rawP95 + embedP95;
            System.out.printf(Locale.ROOT, "%nMatch latency benchmark, N=%,d listings, %d queries (size 10), %d cores, load average before: %s%n",
                    n, queryTexts.size(), Runtime.getRuntime().availableProcessors(), load);
            System.out.printf(Locale.ROOT, "hub  POST /api/v1/match           : p50 %7.1f ms   p95 %7.1f ms%n", hubP50, hubP95);
            System.out.printf(Locale.ROOT, "raw  the same ES requests         : p50 %7.1f ms   p95 %7.1f ms%n", rawP50, rawP95);
            System.out.printf(Locale.ROOT, "     of which the _msearch        : p50 %7.1f ms   p95 %7.1f ms%n",
                    percentile(rawMsearchNanos, 50) / 1e6, percentile(rawMsearchNanos, 95) / 1e6);
            System.out.printf(Locale.ROOT, "hub  query embedding              : p50 %7.1f ms   p95 %7.1f ms%n", embedP50, embedP95);
            System.out.printf(Locale.ROOT, "hub  its ES requests, as it timed : p50 %7.1f ms   p95 %7.1f ms%n",
                    percentile(hubEsMillis, 50), percentile(hubEsMillis, 95));
            System.out.printf(Locale.ROOT, "overhead ratio hub p95 / raw p95  : %7.2f%n", hubP95 / rawP95);
            System.out.printf(Locale.ROOT, "target hub p95 <= 1.5 x raw p95 + embedding p95 = %.1f ms: %s%n", budget,
                    hubP95 <= budget ? "met" : "NOT met");
        } finally {
            IntakeBenchmark.tearDown(hub, es, node);
        }
    }

    static JsonNode match(String hub, String text, boolean trace) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("text", text).put("size", 10);
        if (trace) {
            body.put("trace", true);
        }
        HttpResponse<String> response = HTTP.send(IntakeBenchmark.hubRequest(hub + "/api/v1/match")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("match failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Replays one match's requests; stores their total time at {@code totals[i]} and returns the _msearch's alone. */
    private static long replay(String es, JsonNode trace, long[] totals, int i) throws Exception {
        long t = System.nanoTime();
        long msearch = replay(es, trace);
        totals[i] = System.nanoTime() - t;
        return msearch;
    }

    private static long listings(ElasticsearchClient es) throws IOException {
        if (!es.indices().existsAlias(a -> a.name("bench-listings")).value()) {
            return 0;
        }
        es.indices().refresh(r -> r.index("bench-listings"));
        return es.count(c -> c.index("bench-listings")).count();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The hub's Elasticsearch requests for one match, sent straight to the node, one after the other as the hub does. */
    static long replay(String es, JsonNode trace) throws Exception {
        String index = trace.path("index").asText();
        long t = System.nanoTime();
        send(es + "/_msearch", "application/x-ndjson", trace.path("msearch").asText());
        long msearch = System.nanoTime() - t;
        if (trace.hasNonNull("highlight")) {
            send(es + "/" + index + "/_search", "application/json", stripIndex(trace.path("highlight").asText()));
        }
        return msearch;
    }

    /** The client serializes the index into the path, not the body; the body sent must match what the hub sent. */
    private static String stripIndex(String request) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(request);
        body.remove("index");
        return JSON.writeValueAsString(body);
    }

    private static void send(String url, String contentType, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static void awaitEmbeddings(String hub) throws Exception {
        long last = -1;
        long shown = 0;
        while (true) {
            JsonNode status = JSON.readTree(HTTP.send(IntakeBenchmark.hubRequest(hub + "/api/v1/admin/embeddings").build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            long pending = status.path("pending").asLong(-1);
            if (pending == 0) {
                return;
            }
            if (pending != last && System.nanoTime() - shown > 60_000_000_000L) {
                System.out.printf(Locale.ROOT, "  %tT embeddings pending: %,d%n", new java.util.Date(), pending);
                last = pending;
                shown = System.nanoTime();
            }
            Thread.sleep(5000);
        }
    }

    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    static Path generate(Path file, int n, Texts texts) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> record = texts.listing(i);
                record.put("externalId", "M-" + i);
                out.write(JSON.writeValueAsString(record));
                out.write('\n');
            }
        }
        return file;
    }

    /** The real texts the listings and queries are made of. */
    record Texts(List<Map<String, Object>> pool) {

        static Texts load() throws IOException {
            List<Map<String, Object>> pool = new ArrayList<>();
            Path csl = Path.of("../shared/data/csl-tech-offers/offers-gb18030.csv");
            Path cslFile = Files.exists(csl) ? csl : Path.of("src/test/resources/samples/csl-offers/offers-gb18030.csv");
            try (RecordReader reader = new RecordReaders().open(Files.newInputStream(cslFile), FeedFormat.CSV,
                    ReaderOptions.defaults().withCharset(Charset.forName("GB18030")))) {
                while (reader.hasNext()) {
                    Map<String, Object> r = reader.next().fields();
                    Map<String, Object> listing = new LinkedHashMap<>();
                    listing.put("kind", "technology");
                    listing.put("side", "supply");
                    listing.put("country", "CN");
                    listing.put("title", String.valueOf(r.get("成果名称")));
                    listing.put("description", String.valueOf(r.get("成果简介")));
                    listing.put("keywords", List.of(String.valueOf(r.get("关键词")).split("[;；]")));
                    listing.put("industries", List.of(String.valueOf(r.get("学科领域"))));
                    pool.add(listing);
                }
            }
            Path techmap = Path.of("../shared/data/israel-techmap/companies.ndjson");
            Path companies = Files.exists(techmap) ? techmap : Path.of("src/test/resources/samples/techmap-companies/companies.ndjson");
            for (String line : Files.readAllLines(companies)) {
                JsonNode c = JSON.readTree(line);
                if (c.path("description").asText().isBlank()) {
                    continue;
                }
                Map<String, Object> listing = new LinkedHashMap<>();
                listing.put("kind", "company");
                listing.put("side", "supply");
                listing.put("country", "IL");
                listing.put("title", c.path("name").asText());
                listing.put("description", c.path("description").asText());
                pool.add(listing);
            }
            return new Texts(pool);
        }

        Map<String, Object> listing(int i) {
            Map<String, Object> listing = new LinkedHashMap<>(pool.get(i % pool.size()));
            if (i % 5 == 4) {
                listing.put("side", "demand");
            }
            listing.put("updatedAt", "2026-11-01T00:00:00Z");
            return listing;
        }

        /** Queries as users write them: demands in Chinese, short English needs, and whole descriptions. */
        List<String> queries(int count) {
            String[] shortQueries = {
                    "毫米波雷达 养老 健康监测", "millimeter-wave radar elderly vital-sign monitoring", "网络安全 威胁检测",
                    "drip irrigation precision agriculture", "医学影像 人工智能 辅助诊断", "autonomous driving lidar",
                    "储能 电池管理", "cybersecurity for industrial control systems", "海水淡化 水处理", "fintech payments fraud detection",
                    "机器视觉 缺陷检测", "cell therapy oncology", "后端开发工程师 Java", "data scientist machine learning",
                    "新材料 石墨烯", "drone delivery logistics", "智能制造 工业机器人", "telemedicine remote patient monitoring",
                    "食品科技 替代蛋白", "semiconductor chip design"};
            List<String> queries = new ArrayList<>();
            for (int i = 0; queries.size() < count; i++) {
                switch (i % 3) {
                    case 0 -> queries.add(shortQueries[(i / 3) % shortQueries.length]);
                    default -> {
                        Map<String, Object> listing = pool.get((i * 7919) % pool.size());
                        queries.add(listing.get("title") + " " + listing.get("description"));
                    }
                }
            }
            return queries;
        }
    }
}
