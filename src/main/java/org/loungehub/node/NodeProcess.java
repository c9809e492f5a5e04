package org.loungehub.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts, probes and stops one node process, known by its pid file. */
class NodeProcess {

    private static final Logger log = LoggerFactory.getLogger(NodeProcess.class);

    private final LocalNodeProperties properties;
    private final NodeLayout layout;
    private final NodeAccount account;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    NodeProcess(LocalNodeProperties properties, NodeLayout layout, NodeAccount account) {
        this.properties = properties;
        this.layout = layout;
        this.account = account;
    }

    /** The pid of the node this folder's pid file names, when that process is alive and is our node. */
    OptionalLong alivePid() {
        try {
            if (!Files.exists(layout.pidFile())) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(layout.pidFile()).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            boolean ours = handle.flatMap(h -> h.info().commandLine())
                    .map(cmd -> cmd.contains(layout.distributionHome().toString()) || cmd.contains("org.elasticsearch"))
                    .orElse(handle.isPresent());
            return ours ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Cluster health answers and is not red. */
    boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(properties.httpUrl() + "/_cluster/health?timeout=1s"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the node answers healthy, the process dies, or the timeout passes. */
    boolean awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (healthy()) {
                return true;
            }
            if (Files.exists(layout.pidFile()) && alivePid().isEmpty()) {
                return false;
            }
            sleep(Duration.ofMillis(500));
        }
        return false;
    }

    /** Launches the node daemonized; its launcher returns once the node is up or has failed. */
    long start(Path javaHome) {
        try {
            Files.deleteIfExists(layout.pidFile());
            List<String> command = account.command(List.of(
                    layout.distributionHome().resolve("bin/elasticsearch").toString(), "-d", "-p", layout.pidFile().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(layout.startupLog().toFile());
            builder.environment().putAll(Map.of(
                    "ES_JAVA_HOME", javaHome.toString(),
                    "ES_PATH_CONF", layout.config().toString(),
                    "ES_JAVA_OPTS", "-Xms" + properties.heap() + " -Xmx" + properties.heap()));
            builder.environment().remove("JAVA_HOME");
            log.info("Starting local Elasticsearch node on {} as {} (logs: {})", properties.httpUrl(), account.describe(), layout.logs());
            Process launcher = builder.start();
            if (!launcher.waitFor(properties.startTimeout().toSeconds(), TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
                throw new NodeStartException("The local Elasticsearch node did not start within " + properties.startTimeout()
                        + ". " + diagnostics());
            }
            if (launcher.exitValue() != 0) {
                throw new NodeStartException("The local Elasticsearch node failed to start (launcher exit "
                        + launcher.exitValue() + "). " + diagnostics());
            }
            if (!awaitHealthy(properties.startTimeout())) {
                throw new NodeStartException("The local Elasticsearch node started but never became healthy. " + diagnostics());
            }
            return alivePid().orElseThrow(() -> new NodeStartException("The node started but wrote no pid file. " + diagnostics()));
        } catch (IOException e) {
            throw new NodeStartException("Could not launch the local Elasticsearch node: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeStartException("Interrupted while starting the local Elasticsearch node", e);
        }
    }

    /** Asks the node to shut down (SIGTERM), and forces it after the grace period. */
    void stop(Duration grace) {
        alivePid().ifPresent(pid -> ProcessHandle.of(pid).ifPresent(handle -> {
            log.info("Stopping local Elasticsearch node (pid {})", pid);
            handle.destroy();
            try {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                log.warn("Node (pid {}) did not stop within {}: killing it", pid, grace);
                handle.destroyForcibly();
            }
        }));
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            log.debug("Could not remove {}", layout.pidFile(), e);
        }
    }

    /** The launcher's output and the end of the node's log: what a person needs to see why a start failed. */
    String diagnostics() {
        StringBuilder out = new StringBuilder();
        out.append("Launcher output (").append(layout.startupLog()).append("):\n").append(tail(layout.startupLog(), 20));
        Path nodeLog = layout.logs().resolve("lounge-hub.log");
        if (Files.exists(nodeLog)) {
            out.append("\nNode log (").append(nodeLog).append("):\n").append(tail(nodeLog, 20));
        }
        return out.toString();
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(nothing: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
