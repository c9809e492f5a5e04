package org.loungehub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.ReaderOptions;
import org.loungehub.intake.format.RecordReader;
import org.loungehub.intake.format.RecordReaders;
import org.loungehub.node.LocalNode;
import org.loungehub.support.TestNode;

/**
 * Intake throughput, hub against raw _bulk, in one run on one node.
 * <ol>
 * <li>generates N listings (real Chinese and English texts from ../shared/data, cycled, unique ids) as NDJSON;</li>
 * <li>starts the packaged hub as its own process with -Xmx512m against a fresh local node, pushes the file and
 *     times push → every listing searchable, sampling the hub's heap;</li>
 * <li>reads back the normalized documents the hub indexed and times a plain sequential _bulk loop (chunks of
 *     500, like the hub) writing them into a fresh index with the same template.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbench verify -Dbench.n=100000}
 */
public final class IntakeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * The admin API key a hub bootstraps from HUB_BOOTSTRAP_ADMIN_KEY on its first start; every benchmark sends it
     * with every request to the hub it started (a hub that checks no key ignores it).
     */
    static final String API_KEY = "bench-admin-key-0123456789abcdef";

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.n", "100000"));
        Path work = Files.createDirectories(Path.of("target/bench"));
        Path base = TestNode.baseFor("bench");
        // Every run starts from empty indices: both sides must write every listing.
        org.springframework.util.FileSystemUtils.deleteRecursively(base.resolve("data"));
        LocalNode node = new LocalNode(TestNode.properties(base, TestNode.freePort(), TestNode.freePort()), TestNode.VERSION);
        node.start();
        Process hub = null;
        ElasticsearchClient es = client(node.httpUrl());
        try {
            Path feed = generate(work.resolve("listings.ndjson"), n);
            int port = TestNode.freePort();
            hub = startHub(work, node.httpUrl(), port);
            String hubUrl = "http://localhost:" + port;
            awaitUp(hub, hubUrl, work);

            HeapSampler heap = new HeapSampler(hubUrl);
            heap.start();
            long t0 = System.nanoTime();
            String batchId = push(hubUrl, feed);
            JsonNode batch = awaitDone(hubUrl, batchId);
            es.indices().refresh(r -> r.index("bench-listings"));
            long hubNanos = System.nanoTime() - t0;
            heap.stop();
            long indexed = es.count(c -> c.index("bench-listings")).count();

            List<Map<String, Object>> documents = readBack(es);
            String rawIndex = createLike(es);
            long t1 = System.nanoTime();
            rawBulk(es, rawIndex, documents);
            es.indices().refresh(r -> r.index(rawIndex));
            long rawNanos = System.nanoTime() - t1;

            double hubRate = indexed / (hubNanos / 1e9);
            double rawRate = documents.size() / (rawNanos / 1e9);
            System.out.printf(Locale.ROOT, "%nIntake benchmark, N=%,d (%s)%n", n, batch.path("counts"));
            System.out.printf(Locale.ROOT, "hub  push → searchable : %,10.0f listings/s  (%,d in %.1f s)%n", hubRate, indexed, hubNanos / 1e9);
            System.out.printf(Locale.ROOT, "raw  _bulk loop        : %,10.0f listings/s  (%,d in %.1f s)%n", rawRate, documents.size(), rawNanos / 1e9);
            System.out.printf(Locale.ROOT, "ratio hub/raw          : %10.2f   (target >= 0.70)%n", hubRate / rawRate);
            System.out.printf(Locale.ROOT, "hub heap used, max     : %,10d MB (limit -Xmx512m)%n", heap.maxBytes() / (1024 * 1024));
        } finally {
            tearDown(hub, es, node);
        }
    }

    /** Stops a hub a benchmark started, if it is still running, and waits for it to end. */
    static void stopHub(Process hub) throws InterruptedException {
        if (hub != null) {
            hub.destroy();
            hub.waitFor();
        }
    }

    /** Ends a benchmark: its hub, its client's I/O threads (they would keep this JVM, and Maven, alive), its node. */
    static void tearDown(Process hub, ElasticsearchClient es, LocalNode node) throws InterruptedException, IOException {
        stopHub(hub);
        es._transport().close();
        node.stop();
    }

    /** Real texts, cycled: Chinese technology offers and Israeli company descriptions, each listing unique. */
    static Path generate(Path file, int n) throws IOException {
        List<String[]> zh = new ArrayList<>();
        Path csl = Path.of("../shared/data/csl-tech-offers/offers-gb18030.csv");
        Path samples = Files.exists(csl) ? csl : Path.of("src/test/resources/samples/csl-offers/offers-gb18030.csv");
        try (RecordReader reader = new RecordReaders().open(Files.newInputStream(samples), FeedFormat.CSV,
                ReaderOptions.defaults().withCharset(Charset.forName("GB18030")))) {
            while (reader.hasNext() && zh.size() < 200) {
                Map<String, Object> r = reader.next().fields();
                zh.add(new String[] {String.valueOf(r.get("成果名称")), String.valueOf(r.get("成果简介")), String.valueOf(r.get("关键词"))});
            }
        }
        List<String[]> en = new ArrayList<>();
        Path techmap = Path.of("../shared/data/israel-techmap/companies.ndjson");
        Path companies = Files.exists(techmap) ? techmap : Path.of("src/test/resources/samples/techmap-companies/companies.ndjson");
        for (String line : Files.readAllLines(companies).subList(0, 200)) {
            JsonNode c = JSON.readTree(line);
            en.add(new String[] {c.path("name").asText(), c.path("description").asText(), "technology"});
        }
        String[] industries = {"AI/ML", "Health", "Cybersecurity", "机械工程", "临床医学", "IoT", "Fintech"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                boolean chinese = i % 2 == 0;
                String[] text = chinese ? zh.get(i % zh.size()) : en.get(i % en.size());
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("externalId", "B-" + i);
                record.put("kind", i % 3 == 0 ? "company" : "technology");
                record.put("side", i % 4 == 0 ? "demand" : "supply");
                record.put("title", text[0] + " " + i);
                record.put("description", text[1]);
                record.put("keywords", text[2]);
                record.put("industries", industries[i % industries.length]);
                record.put("country", chinese ? "中国" : "Israel");
                record.put("organization", (chinese ? "青岛创新科技有限公司 " : "Innovation Ltd ") + (i % 5000));
                record.put("updatedAt", "2026-11-01T00:00:00Z");
                out.write(JSON.writeValueAsString(record));
                out.write('\n');
            }
        }
        return file;
    }

    static Process startHub(Path work, String esUrl, int port) throws IOException {
        // Text intake only: embeddings are computed after intake and measured by the other benchmarks.
        return startHub(work, esUrl, port, Map.of("HUB_EMBEDDING_ENABLED", "false"));
    }

    static Process startHub(Path work, String esUrl, int port, Map<String, String> environment) throws IOException {
        Path partners = Files.createDirectories(work.resolve("partners"));
        Files.writeString(partners.resolve("bench.yaml"), "id: bench\nname: Benchmark feed (canonical NDJSON)\nformat: ndjson\n");
        Path inbox = work.resolve("inbox");
        org.springframework.util.FileSystemUtils.deleteRecursively(inbox);
        Path jar;
        try (var jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("lounge-hub-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No hub jar in target/: run ./mvnw -Pbench verify"));
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("hub.log").toFile());
        builder.environment().putAll(Map.of("HUB_ELASTICSEARCH_URL", esUrl, "HUB_INDEX_PREFIX", "bench-",
                "HUB_INTAKE_INBOX", inbox.toString(), "HUB_DEMO", "false", "SERVER_PORT", String.valueOf(port),
                "HUB_PARTNERS_DIR", partners.toString(), "HUB_LOG_FILE", work.resolve("hub-json.log").toString(),
                "HUB_BOOTSTRAP_ADMIN_KEY", API_KEY));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** A request to the hub, with the benchmark's API key. */
    static HttpRequest.Builder hubRequest(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-Api-Key", API_KEY);
    }

    /** Waits for the hub's health to answer 200; on a busy machine a start can take minutes. */
    static void awaitUp(Process process, String hub, Path work) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The hub stopped while starting: see " + work.resolve("hub.log"));
            }
            try {
                if (HTTP.send(hubRequest(hub + "/actuator/health").build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The hub did not start within 10 minutes: see " + work.resolve("hub.log"));
    }

    static String push(String hub, Path feed) throws Exception {
        HttpResponse<String> response = HTTP.send(hubRequest(hub + "/api/v1/partners/bench/listings")
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(feed)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Push refused: " + response.body());
        }
        return JSON.readTree(response.body()).path("batchId").asText();
    }

    static JsonNode awaitDone(String hub, String batchId) throws Exception {
        while (true) {
            JsonNode status = JSON.readTree(HTTP.send(hubRequest(hub + "/api/v1/batches/" + batchId).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (status.path("status").asText().matches("done|failed")) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    static ElasticsearchClient client(String url) {
        return new ElasticsearchClient(new RestClientTransport(RestClient.builder(HttpHost.create(url)).build(), new JacksonJsonpMapper()));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readBack(ElasticsearchClient es) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        Time keepAlive = Time.of(t -> t.time("2m"));
        ResponseBody<Map> page = es.search(s -> s.index("bench-listings").size(2000).scroll(keepAlive).sort(so -> so.doc(d -> d)), Map.class);
        while (!page.hits().hits().isEmpty()) {
            for (Hit<Map> hit : page.hits().hits()) {
                documents.add(hit.source());
            }
            String id = page.scrollId();
            page = es.scroll(r -> r.scrollId(id).scroll(keepAlive), Map.class);
        }
        return documents;
    }

    /** A fresh concrete index matching the hub's template pattern: same settings, analyzers and mappings. */
    static String createLike(ElasticsearchClient es) throws IOException {
        String index = "bench-listings-v900";
        es.indices().create(c -> c.index(index));
        return index;
    }

    static void rawBulk(ElasticsearchClient es, String index, List<Map<String, Object>> documents) throws IOException {
        for (int from = 0; from < documents.size(); from += 500) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Map<String, Object> doc : documents.subList(from, Math.min(from + 500, documents.size()))) {
                bulk.operations(op -> op.index(i -> i.index(index).id(String.valueOf(doc.get("id"))).document(doc)));
            }
            BulkResponse response = es.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("raw bulk failed: " + response.items().stream()
                        .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
            }
        }
    }

    /** Samples the hub's heap through its own metrics endpoint. */
    static final class HeapSampler {
        private final String hub;
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        HeapSampler(String hub) {
            this.hub = hub;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        JsonNode m = JSON.readTree(HTTP.send(hubRequest(hub + "/actuator/metrics/jvm.memory.used?tag=area:heap").build(), HttpResponse.BodyHandlers.ofString()).body());
                        max.accumulateAndGet((long) m.path("measurements").get(0).path("value").asDouble(), Math::max);
                        Thread.sleep(250);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long maxBytes() {
            return max.get();
        }
    }
}
