package org.loungehub.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodePreflightTest {

    @TempDir
    Path dir;

    private LocalNodeProperties properties(int httpPort, String heap) {
        return new LocalNodeProperties(null, null, dir, "127.0.0.1", httpPort, 0, heap, "lounge-es", null,
                Duration.ofSeconds(10), Duration.ofSeconds(10), true, "100mb");
    }

    @Test
    void reportsATakenPortAndTheVariableThatMovesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            NodePreflight preflight = new NodePreflight(properties(taken.getLocalPort(), "512m"));
            assertThat(preflight.portProblem(taken.getLocalPort(), "HTTP", "HUB_ES_HTTP_PORT"))
                    .hasValueSatisfying(m -> assertThat(m).contains("is taken").contains("HUB_ES_HTTP_PORT"));
        }
    }

    @Test
    void reportsTooLittleMemoryForTheHeap() throws IOException {
        Path meminfo = Files.writeString(dir.resolve("meminfo"), "MemTotal: 2048000 kB\nMemAvailable:     409600 kB\n");
        NodePreflight preflight = new NodePreflight(properties(9200, "1g"), meminfo);
        assertThat(preflight.memoryProblem()).hasValueSatisfying(m -> assertThat(m)
                .contains("heap of 1g").contains("only 400 MB").contains("HUB_ES_HEAP"));
        assertThat(new NodePreflight(properties(9200, "128m"), meminfo).memoryProblem()).isEmpty();
    }

    @Test
    void reportsAJavaOlderThan17() throws IOException {
        Path java11 = dir.resolve("jdk11");
        Files.createDirectories(java11.resolve("bin"));
        Files.writeString(java11.resolve("bin/java"), "#!/bin/sh\n");
        java11.resolve("bin/java").toFile().setExecutable(true);
        Files.writeString(java11.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        NodePreflight preflight = new NodePreflight(properties(9200, "512m"));
        assertThat(preflight.javaProblem(java11)).hasValueSatisfying(m -> assertThat(m).contains("Java 11").contains("HUB_ES_JAVA_HOME"));
        assertThat(preflight.javaProblem(dir.resolve("missing"))).hasValueSatisfying(m -> assertThat(m).contains("No Java runtime"));
        assertThat(preflight.javaProblem(Path.of(System.getProperty("java.home")))).isEmpty();
    }

    @Test
    void readsHeapSizes() {
        assertThat(NodePreflight.heapMegabytes("512m")).isEqualTo(512);
        assertThat(NodePreflight.heapMegabytes("2g")).isEqualTo(2048);
        assertThat(NodePreflight.heapMegabytes("1048576k")).isEqualTo(1024);
    }
}
