package org.loungehub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.loungehub.embedding.Embedder;
import org.loungehub.embedding.EmbeddingProperties;
import org.loungehub.embedding.EmbeddingText;
import org.loungehub.embedding.VectorSpace;
import org.loungehub.listing.SourceValues;
import org.loungehub.node.LocalNode;
import org.loungehub.support.TestNode;
import org.springframework.util.FileSystemUtils;

/**
 * Embedding backfill throughput as a ratio of the models' own throughput, in one run on one machine. Every listing gets
 * a vector from the Chinese model and, unless written in Chinese, one from the English model too: both count.
 * <ol>
 * <li>starts the packaged hub as its own process against a fresh local node, with the backfill on; warm-up
 *     listings (four pages, {@code -Dbench.embed.warmup}) load the models and run every step, then four copies of
 *     them under other ids ({@code -Dbench.embed.warmupCopies}), whose vectors come from the cache, run the node's
 *     updates, refreshes and merges at full speed until its JIT compiler has settled, as on a hub that has been
 *     running; then the backfill route is stopped (actuator)
 *     while N listings with distinct texts
 *     (real Chinese and English texts, as in the intake benchmark) are pushed and indexed, without vectors;</li>
 * <li>hub: starts the route again and times until no listing lacks a vector — the backfill exactly as in
 *     production (search, cache lookup, model, cache write, conditional bulk update) — watching the hub's log for
 *     the end of its run, and the index only then;</li>
 * <li>raw: in this process, the same models with the same threads embed the same texts (read back from the index in
 *     the backfill's order and built as the hub builds them, per model) with {@code embedTexts}, one batch per model
 *     and page of listings as the hub does, after one warm-up batch per model; once just before the hub's timed
 *     part and once after it (the hub stopped), the faster run being the baseline, because the speed of this shared
 *     machine drifts by some 10 % over a few minutes.</li>
 * </ol>
 * {@code -Dbench.embed.settings='{"index":{...}}'} applies index settings to the listings and cache indices before
 * the timed part (to try, say, another refresh interval without changing the template).
 * It also prints the CPU seconds of Elasticsearch, the hub and the rest of the machine in both phases, where
 * Elasticsearch spent its time (index statistics, and its JIT compiler's threads), and how long the hub's model
 * threads ran and waited for a CPU (Linux schedstat), to explain the ratio.
 * Run: {@code ./mvnw -Pbench verify -Dbench.intake.skip=true -Dbench.embed.n=2000}
 */
public final class EmbeddingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ROUTE = "/actuator/camelroutes/embedding-backfill/";

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.embed.n", "2000"));
        int batchSize = Integer.parseInt(System.getProperty("bench.embed.batch", "256"));
        // Enough pages for the node's JIT compiler to settle: with one page, compiling took 28 of the node's 48 CPU
        // seconds during the timed part, on the core beside the model's.
        int warmupSize = Integer.parseInt(System.getProperty("bench.embed.warmup", String.valueOf(4 * batchSize)));
        int warmupCopies = Integer.parseInt(System.getProperty("bench.embed.warmupCopies", "4"));
        EmbeddingProperties properties = new EmbeddingProperties(true, Duration.ofSeconds(1), batchSize,
                Integer.parseInt(System.getProperty("bench.embed.threads", "0")));
        int threads = properties.effectiveThreads();
        Path work = Files.createDirectories(Path.of("target/bench-embed"));
        Path base = TestNode.baseFor("bench-embed");
        FileSystemUtils.deleteRecursively(base.resolve("data"));
        LocalNode node = new LocalNode(TestNode.properties(base, TestNode.freePort(), TestNode.freePort()), TestNode.VERSION);
        node.start();
        Process hub = null;
        ElasticsearchClient es = IntakeBenchmark.client(node.httpUrl());
        try {
            int port = TestNode.freePort();
            hub = IntakeBenchmark.startHub(work, node.httpUrl(), port, Map.of(
                    "HUB_EMBEDDING_ENABLED", "true", "HUB_EMBEDDING_INTERVAL", "1s",
                    "HUB_EMBEDDING_BATCH_SIZE", String.valueOf(batchSize), "HUB_EMBEDDING_THREADS", String.valueOf(threads),
                    // Lets this benchmark stop and start the backfill route through the actuator.
                    "MANAGEMENT_ENDPOINT_CAMELROUTES_READONLY", "false",
                    // Per-page timings of the backfill in target/bench-embed/hub.log.
                    "LOGGING_LEVEL_ORG_LOUNGEHUB_EMBEDDING", "DEBUG"));
            String hubUrl = "http://localhost:" + port;
            IntakeBenchmark.awaitUp(hub, hubUrl, work);

            // Warm-up, before the clock runs: pages of listings like the measured ones, so that the hub loads its
            // models and both the hub and the node have run (and compiled) every step of the backfill, merges included.
            List<String> records = Files.readAllLines(IntakeBenchmark.generate(work.resolve("all.ndjson"), warmupSize + n));
            Path warmup = Files.write(work.resolve("warmup.ndjson"), records.subList(0, warmupSize));
            Path feed = Files.write(work.resolve("listings.ndjson"), records.subList(warmupSize, records.size()));
            Set<String> warmupIds = new HashSet<>();
            records.subList(0, warmupSize).forEach(line -> warmupIds.add(externalId(line)));
            JsonNode warmed = IntakeBenchmark.awaitDone(hubUrl, IntakeBenchmark.push(hubUrl, warmup));
            if (warmed.at("/counts/valid").asLong() != warmupSize) {
                throw new IllegalStateException("The warm-up listings were not all indexed: " + warmed);
            }
            awaitNoneWithoutVector(es, Duration.ofMinutes(30));
            // Then copies of the warm-up listings under other ids: their vectors come from the cache, so the node
            // updates, refreshes and merges (and compiles all of that) at full speed, as a hub that has been running
            // does, without minutes of model work. A fresh node's compiler otherwise takes some 20 of the node's 45 CPU
            // seconds of the timed part, on the core beside the model's.
            if (warmupCopies > 0) {
                List<String> copies = copies(records.subList(0, warmupSize), warmupCopies);
                copies.forEach(line -> warmupIds.add(externalId(line)));
                JsonNode copied = IntakeBenchmark.awaitDone(hubUrl, IntakeBenchmark.push(hubUrl,
                        Files.write(work.resolve("warmup-copies.ndjson"), copies)));
                if (copied.at("/counts/valid").asLong() != copies.size()) {
                    throw new IllegalStateException("The warm-up copies were not all indexed: " + copied);
                }
                awaitNoneWithoutVector(es, Duration.ofMinutes(30));
            }
            route(hubUrl, "stop");

            JsonNode batch = IntakeBenchmark.awaitDone(hubUrl, IntakeBenchmark.push(hubUrl, feed));
            es.indices().refresh(r -> r.index("bench-listings"));
            long waiting = withoutVector(es);
            // Counted in the index, not in the batch: a bulk that timed out on a busy machine but was applied counts
            // as "unchanged" when the hub retries it, yet its listings are there, without vectors.
            if (batch.at("/counts/valid").asLong() != n || waiting != n) {
                throw new IllegalStateException(waiting + " listings without a vector, " + n + " expected: " + batch);
            }
            String settings = System.getProperty("bench.embed.settings", "");
            if (!settings.isBlank() && !settings.startsWith("${")) { // Maven passes an unset property as is
                es.indices().putSettings(p -> p.index("bench-listings,bench-embedding-cache").withJson(new java.io.StringReader(settings)));
            }
            // The models alone, before and after the hub's run: the machine's speed drifts by some 10 % between runs
            // of a few minutes (a shared virtual machine), so the faster of the two is the baseline.
            List<Map<VectorSpace, List<EmbeddingText>>> pages = textsAsTheHubBuildsThem(es, properties, warmupIds, batchSize);
            int textCount = pages.stream().mapToInt(page -> page.values().stream().mapToInt(List::size).sum()).sum();
            RawRun rawBefore = RawRun.of(es, properties, pages);

            JsonNode before = status(hubUrl);
            double modelSecondsBefore = modelSeconds(hubUrl);

            long esPid = es.nodes().info(i -> i.nodeId("_local").metric("process")).nodes().values().iterator().next()
                    .process().id();
            ThreadTimes esThreadsBefore = ThreadTimes.of(esPid);
            ThreadTimes hubThreadsBefore = ThreadTimes.of(hub.pid());
            CpuTime hubCpuBefore = CpuTime.now(es, hub.toHandle());
            EsWork esWorkBefore = EsWork.now(es, "bench-*");
            Path hubLog = work.resolve("hub.log");
            long logOffset = Files.size(hubLog);
            long t0 = System.nanoTime();
            route(hubUrl, "start");
            // Waits for the hub's log line that ends a run (after its refresh), then checks the index once. Asking the
            // node or the hub four times a second all along is load of the benchmark's own: counting in the index kept
            // the node refreshing every second, scraping the hub's metrics cost it 18 s of CPU.
            awaitLoggedListings(hubLog, logOffset, n, Duration.ofHours(2));
            awaitNoneWithoutVector(es, Duration.ofMinutes(2));
            long hubNanos = System.nanoTime() - t0;
            CpuTime hubCpu = CpuTime.now(es, hub.toHandle()).since(hubCpuBefore);
            EsWork esWork = EsWork.now(es, "bench-*").since(esWorkBefore);
            ThreadTimes esThreads = ThreadTimes.of(esPid).since(esThreadsBefore);
            ThreadTimes hubThreads = ThreadTimes.of(hub.pid()).since(hubThreadsBefore);
            JsonNode after = status(hubUrl);
            double hubModelSeconds = modelSeconds(hubUrl) - modelSecondsBefore;
            IntakeBenchmark.stopHub(hub);
            hub = null;

            RawRun rawAfter = RawRun.of(es, properties, pages);
            RawRun raw = rawBefore.nanos() <= rawAfter.nanos() ? rawBefore : rawAfter;
            long rawNanos = raw.nanos();
            CpuTime rawCpu = raw.cpu();

            long hubTexts = after.path("modelTexts").asLong() - before.path("modelTexts").asLong();
            double hubRate = hubTexts / (hubNanos / 1e9);
            double rawRate = textCount / (rawNanos / 1e9);
            System.out.printf(Locale.ROOT, "%nEmbedding benchmark, N=%,d listings (%s), batch %d, %d thread(s), %d cores%n",
                    n, batch.path("counts"), batchSize, threads, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "hub  backfill (no vector → all have theirs): %8.1f texts/s  (%,d listings, %,d texts embedded in %.1f s; cache hits %d)%n",
                    hubRate, waiting, hubTexts, hubNanos / 1e9, after.path("cacheHits").asLong() - before.path("cacheHits").asLong());
            System.out.printf(Locale.ROOT, "     of which the hub's models               : %8.1f s%n", hubModelSeconds);
            System.out.printf(Locale.ROOT, "raw  embedTexts, same texts and batches    : %8.1f texts/s  (%,d texts: %s, in %.1f s: the faster of"
                    + " %.1f s before the hub's run and %.1f s after it)%n",
                    rawRate, textCount, perModel(pages), rawNanos / 1e9, rawBefore.nanos() / 1e9, rawAfter.nanos() / 1e9);
            System.out.printf(Locale.ROOT, "ratio hub/raw                            : %8.2f     (target >= 0.90; against the mean of both raw runs"
                    + " %.2f, against the slower %.2f)%n", hubRate / rawRate,
                    hubRate / (textCount / ((rawBefore.nanos() + rawAfter.nanos()) / 2e9)),
                    hubRate / (textCount / (Math.max(rawBefore.nanos(), rawAfter.nanos()) / 1e9)));
            System.out.printf(Locale.ROOT, "CPU during hub backfill (%.1f s wall, %d cores): Elasticsearch %.1f s, hub %.1f s, rest of the machine %.1f s%n",
                    hubNanos / 1e9, Runtime.getRuntime().availableProcessors(), hubCpu.elasticsearch(), hubCpu.process(),
                    hubCpu.machine() - hubCpu.elasticsearch() - hubCpu.process());
            System.out.printf(Locale.ROOT, "Elasticsearch during hub backfill: %s; %s%n", esWork,
                    esThreads.describe("its JIT compiler", ThreadTimes::jitCompiler));
            System.out.printf(Locale.ROOT, "Hub threads during backfill: %s; %s%n",
                    hubThreads.describe("model threads", name -> name.startsWith("embedder-")),
                    hubThreads.describe("others", name -> !name.startsWith("embedder-")));
            System.out.printf(Locale.ROOT, "  busiest other threads (on a CPU/waiting): hub %s; Elasticsearch %s%n",
                    hubThreads.busiest(6, name -> name.startsWith("embedder-")), esThreads.busiest(6, name -> false));
            System.out.printf(Locale.ROOT, "CPU during raw embedTexts (%.1f s wall): this process %.1f s, Elasticsearch %.1f s, rest of the machine %.1f s%n",
                    rawNanos / 1e9, rawCpu.process(), rawCpu.elasticsearch(), rawCpu.machine() - rawCpu.elasticsearch() - rawCpu.process());
        } finally {
            IntakeBenchmark.tearDown(hub, es, node);
        }
    }

    private static void route(String hub, String action) throws Exception {
        HttpResponse<String> response = HTTP.send(IntakeBenchmark.hubRequest(hub + ROUTE + action)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Could not " + action + " the backfill route: " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonNode status(String hub) throws Exception {
        return JSON.readTree(HTTP.send(IntakeBenchmark.hubRequest(hub + "/api/v1/admin/embeddings").build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String perModel(List<Map<VectorSpace, List<EmbeddingText>>> pages) {
        List<String> counts = new ArrayList<>();
        for (VectorSpace space : VectorSpace.values()) {
            counts.add(space.model().id() + " " + pages.stream().mapToInt(page -> page.getOrDefault(space, List.of()).size()).sum());
        }
        return String.join(", ", counts);
    }

    private static final java.util.regex.Pattern RUN_END = java.util.regex.Pattern.compile(
            "Embedding backfill: (\\d+) listings given their vectors");

    /** Waits until the backfill runs logged after the offset have given at least that many listings their vectors. */
    private static void awaitLoggedListings(Path log, long offset, int listings, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String written;
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
                file.seek(offset);
                byte[] bytes = new byte[(int) (file.length() - offset)];
                file.readFully(bytes);
                written = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
            if (RUN_END.matcher(written).results().mapToLong(m -> Long.parseLong(m.group(1))).sum() >= listings) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The backfill has not logged " + listings + " listings after " + timeout
                        + ": see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** Seconds the hub's models have spent embedding since it started (their hub_embedding_model_time timers). */
    private static double modelSeconds(String hub) throws Exception {
        String metrics = HTTP.send(IntakeBenchmark.hubRequest(hub + "/actuator/prometheus").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(l -> l.startsWith("hub_embedding_model_time_seconds_sum"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** Lacks its Chinese-model vector, or is not in Chinese and lacks its English-model one (as the backfill reads). */
    private static Query withoutVectorQuery() {
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(VectorSpace.ZH.hashField())))))
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(VectorSpace.EN.hashField())))
                        .mustNot(m -> m.term(t -> t.field("language").value("zh")))))));
    }

    private static long withoutVector(ElasticsearchClient es) throws IOException {
        return es.count(c -> c.index("bench-listings").query(withoutVectorQuery())).count();
    }

    private static void awaitNoneWithoutVector(ElasticsearchClient es, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        // One light count four times a second: the timing's resolution, without loading the node being measured.
        while (withoutVector(es) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Listings still without a vector after " + timeout + ": see target/bench-embed/hub.log");
            }
            Thread.sleep(250);
        }
    }

    /** Each record that many times more, under new external ids ("W1-B-7"), with the same texts. */
    private static List<String> copies(List<String> records, int times) throws IOException {
        List<String> copies = new ArrayList<>();
        for (int copy = 1; copy <= times; copy++) {
            for (String record : records) {
                ObjectNode listing = (ObjectNode) JSON.readTree(record);
                listing.put("externalId", "W" + copy + "-" + listing.path("externalId").asText());
                copies.add(JSON.writeValueAsString(listing));
            }
        }
        return copies;
    }

    private static String externalId(String record) {
        try {
            return JSON.readTree(record).path("externalId").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The texts of the listings the hub vectorized in the timed part, built exactly as the backfill builds them: in
     * its order (oldest indexedAt, then id), per page of listings and per model, each text once.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<VectorSpace, List<EmbeddingText>>> textsAsTheHubBuildsThem(ElasticsearchClient es,
            EmbeddingProperties properties, Set<String> warmupIds, int batchSize) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>(IntakeBenchmark.readBack(es).stream()
                .filter(doc -> !warmupIds.contains(String.valueOf(doc.get("externalId")))).toList());
        docs.sort(Comparator.comparing((Map<String, Object> doc) -> String.valueOf(doc.get("indexedAt")))
                .thenComparing(doc -> String.valueOf(doc.get("id"))));
        List<Map<VectorSpace, List<EmbeddingText>>> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (RawModel tokenizerOnly = new RawModel(properties)) {
            for (int from = 0; from < docs.size(); from += batchSize) {
                Map<VectorSpace, List<EmbeddingText>> page = new EnumMap<>(VectorSpace.class);
                for (Map<String, Object> doc : docs.subList(from, Math.min(from + batchSize, docs.size()))) {
                    for (VectorSpace space : VectorSpace.values()) {
                        if (space.covers(SourceValues.text(doc.get("language")))) {
                            EmbeddingText text = EmbeddingText.of(tokenizerOnly.embedder, space, SourceValues.text(doc.get("title")),
                                    SourceValues.texts(doc.get("keywords")), SourceValues.text(doc.get("description")));
                            if (seen.add(text.key())) {
                                page.computeIfAbsent(space, k -> new ArrayList<>()).add(text);
                            }
                        }
                    }
                }
                pages.add(page);
            }
        }
        return pages;
    }

    /** One timed run of the models alone over the pages, after a warm-up batch per model (as the hub had). */
    private record RawRun(long nanos, CpuTime cpu) {

        static RawRun of(ElasticsearchClient es, EmbeddingProperties properties,
                         List<Map<VectorSpace, List<EmbeddingText>>> pages) throws IOException {
            try (RawModel raw = new RawModel(properties)) {
                for (VectorSpace space : VectorSpace.values()) {
                    raw.embedder.embedTexts(space, pages.get(0).getOrDefault(space, List.of()));
                }
                CpuTime before = CpuTime.now(es, ProcessHandle.current());
                long t0 = System.nanoTime();
                for (Map<VectorSpace, List<EmbeddingText>> page : pages) {
                    page.forEach(raw.embedder::embedTexts);
                }
                long nanos = System.nanoTime() - t0;
                return new RawRun(nanos, CpuTime.now(es, ProcessHandle.current()).since(before));
            }
        }
    }

    /** The hub's embedder outside the hub: same model, threads and window. */
    private static final class RawModel implements AutoCloseable {
        final Embedder embedder;

        RawModel(EmbeddingProperties properties) {
            embedder = new Embedder(properties, new SimpleMeterRegistry());
        }

        @Override
        public void close() {
            embedder.destroy();
        }
    }
}
