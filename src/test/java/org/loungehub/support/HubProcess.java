package org.loungehub.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hub in a JVM of its own, started as an operator starts it (main class, system properties), against the
 * shared test node: for tests that must kill it for real. Its console goes to a file under target/ for debugging.
 * The test classes stay off its class path, so it knows only the shipped partners and runs no test pulls.
 */
public final class HubProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path console;

    private HubProcess(Process process, int port, Path console) {
        this.process = process;
        this.port = port;
        this.console = console;
    }

    /**
     * @param console the file that receives the child's console (appended to)
     * @param properties hub settings, passed as system properties (they win over the HUB_* environment)
     */
    public static HubProcess start(Path console, Map<String, String> properties) {
        int port = TestNode.freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx512m");
        // C1 only: starts in much less CPU time on a busy test machine; what is tested does not depend on it.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dserver.port=" + port);
        command.add("-Dhub.elasticsearch.url=" + TestNode.url());
        command.add("-Dhub.demo.enabled=false");
        command.add("-Dhub.security.bootstrap-admin-key=" + TestApiKeys.ADMIN);
        command.add("-Dlogging.file.name=" + console.resolveSibling(console.getFileName() + ".json"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(hubClassPath());
        command.add("org.loungehub.HubApplication");
        try {
            Files.createDirectories(console.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile())).start();
            return new HubProcess(process, port, console);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a hub process", e);
        }
    }

    /** This JVM's class path without the test classes (and so without the test partners). */
    private static String hubClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    public Path console() {
        return console;
    }

    /** Waits until the hub is healthy and its Camel routes answer; fails at once if the process ends first. */
    public HubProcess awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The hub process ended with " + process.exitValue() + " before it was healthy: see " + console);
            }
            try {
                if (get("/actuator/health").statusCode() == 200 && get("/api/v1/partners").statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The hub process was not healthy within " + timeout + ": see " + console);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).header("X-Api-Key", TestApiKeys.ADMIN).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String contentType, Path body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", contentType)
                .header("X-Api-Key", TestApiKeys.ADMIN)
                .POST(HttpRequest.BodyPublishers.ofFile(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL on Linux, as kill -9: no shutdown hook, no graceful stop. Returns the exit code. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
