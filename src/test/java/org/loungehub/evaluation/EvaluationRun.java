package org.loungehub.evaluation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.loungehub.support.TestNode;

/**
 * The evaluation in one step: starts the packaged hub as its own process, with its own local node (kept between
 * runs, so a second run finds its corpora unchanged) and no demo data, runs {@code evaluate} against it, stops it.
 * Run: {@code ./mvnw -Pevaluate verify [-Devaluate.args="--set zh-to-en --limit-queries 20"]}. The hub inherits the
 * environment, so {@code HUB_MATCH_RANK_CONSTANT=60 ./mvnw -Pevaluate verify} measures another tuning without a
 * rebuild. The hub is given an admin API key at its first start, and the command sends it on every request.
 */
public final class EvaluationRun {

    /** Bootstrapped as the evaluation hub's admin key (HUB_BOOTSTRAP_ADMIN_KEY) and sent by the command. */
    static final String API_KEY = "evaluation-run-admin-key";

    private EvaluationRun() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of("target/evaluation-hub"));
        int port = TestNode.freePort();
        Process hub = startHub(work, port);
        int exit;
        try {
            awaitUp(hub, "http://localhost:" + port, work.resolve("hub.log"));
            List<String> command = new ArrayList<>(List.of("--hub", "http://localhost:" + port, "--api-key", API_KEY));
            String extra = System.getProperty("evaluate.args", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(Arrays.asList(extra.split("\\s+")));
            }
            exit = new EvaluateCommand(System.out).run(command);
        } finally {
            hub.destroy(); // a graceful stop: the hub stops its node too
            hub.waitFor();
        }
        System.exit(exit);
    }

    private static Process startHub(Path work, int port) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("lounge-hub-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No hub jar in target/: run ./mvnw -Pevaluate verify"));
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("hub.log").toFile());
        builder.environment().putAll(Map.of("SERVER_PORT", String.valueOf(port), "HUB_DEMO", "false",
                "HUB_ES_HOME", TestNode.baseFor("evaluation").toString(),
                "HUB_ES_HTTP_PORT", String.valueOf(TestNode.freePort()),
                "HUB_ES_TRANSPORT_PORT", String.valueOf(TestNode.freePort()),
                "HUB_INTAKE_INBOX", work.resolve("inbox").toString(),
                "HUB_LOG_FILE", work.resolve("hub-json.log").toString(),
                "HUB_BOOTSTRAP_ADMIN_KEY", API_KEY));
        System.out.println("Starting the hub on port " + port + " (log: " + work.resolve("hub.log") + ")");
        System.getenv().entrySet().stream().filter(e -> e.getKey().startsWith("HUB_MATCH_")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.println("  with " + e.getKey() + "=" + e.getValue()));
        return builder.start();
    }

    private static void awaitUp(Process hub, String url, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 300; i++) {
            if (!hub.isAlive()) {
                throw new IllegalStateException("The hub stopped while starting: see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The hub did not start within 5 minutes: see " + log);
    }
}
