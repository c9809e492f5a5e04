package org.loungehub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.loungehub.node.LocalNode;
import org.loungehub.node.LocalNodeProperties;
import org.springframework.util.FileSystemUtils;

/**
 * One real Elasticsearch node for the whole test run, provisioned by the hub's own LocalNode code on free ports.
 * Its installation is kept between runs (in the temp folder, per checkout) and its data is fresh each run.
 * Tests reach it through the system property hub.elasticsearch.url, i.e. the hub's external-cluster mode.
 * It starts before the test instance is made: a per-class test has its hub context built then (Spring injects
 * it), and without the property that hub would provision a node of its own, on port 9200 with the machine's
 * persistent data folder.
 */
public class TestNode implements BeforeAllCallback, TestInstancePreConstructCallback {

    public static final String VERSION = "8.19.21";
    /**
     * The node's http.max_content_length, small enough that a test can send a request it refuses (413) without
     * gigabytes of data; the hub's own bulk requests stay well under it (hub.intake.bulk-bytes, 5 MB).
     */
    public static final String MAX_CONTENT_LENGTH = "8mb";

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        ensureRunning(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureRunning(context);
    }

    private static void ensureRunning(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestNode.class, key -> start(), Running.class);
    }

    private static Running start() {
        Path base = baseFor("shared");
        FileSystemUtils.deleteRecursively(base.resolve("data").toFile());
        LocalNode node = new LocalNode(properties(base, freePort(), freePort()), VERSION);
        node.start();
        System.setProperty("hub.elasticsearch.url", node.httpUrl());
        return new Running(node);
    }

    /** A per-checkout folder under the temp directory (open to the node's system user when tests run as root). */
    public static Path baseFor(String name) {
        Path project = Path.of("").toAbsolutePath();
        return Path.of(System.getProperty("java.io.tmpdir"),
                "lounge-hub-test-" + Integer.toHexString(project.toString().hashCode()), name);
    }

    public static LocalNodeProperties properties(Path base, int httpPort, int transportPort) {
        Path dist = Path.of(System.getProperty("hub.dist.dir", "target/dist"));
        return new LocalNodeProperties(dist.resolve("elasticsearch-" + VERSION + ".zip"),
                dist.resolve("lounge-hub-analysis-0.1.0.zip"), base, "127.0.0.1", httpPort, transportPort, "512m",
                "lounge-es", null, Duration.ofSeconds(180), Duration.ofSeconds(2), true, MAX_CONTENT_LENGTH);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url() {
        return System.getProperty("hub.elasticsearch.url");
    }

    record Running(LocalNode node) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            node.stop();
        }
    }
}
