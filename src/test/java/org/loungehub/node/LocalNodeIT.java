package org.loungehub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.loungehub.support.TestNode;

/** The managed node's life: start, reuse, crash, stale pid file, restart with data kept. One node, in order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalNodeIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalNodeProperties properties;
    private LocalNode node;

    @BeforeAll
    void startNode() {
        Path base = TestNode.baseFor("lifecycle");
        properties = TestNode.properties(base, TestNode.freePort(), TestNode.freePort());
        node = new LocalNode(properties, TestNode.VERSION);
        node.start();
    }

    @AfterAll
    void stopNode() {
        node.stop();
    }

    @Test
    @Order(1)
    void startsAHealthyNodeWithThePluginInstalled() throws Exception {
        assertThat(node.state()).isEqualTo(NodeState.RUNNING);
        assertThat(get("/_cat/plugins?h=component")).contains("lounge-hub-analysis");
        send("DELETE", "/lifecycle-docs", null);
        assertThat(send("PUT", "/lifecycle-docs", "{}")).contains("\"acknowledged\":true");
        assertThat(send("PUT", "/lifecycle-docs/_doc/kept?refresh=true", "{\"title\":\"以色列毫米波雷达\"}")).contains("\"created\"");
    }

    @Test
    @Order(2)
    void aSecondHubReusesTheRunningNode() {
        LocalNodeProperties keepRunning = new LocalNodeProperties(properties.distribution(), properties.plugin(), properties.home(),
                properties.host(), properties.httpPort(), properties.transportPort(), properties.heap(), properties.systemUser(),
                properties.javaHome(), properties.startTimeout(), properties.watchInterval(), false,
                properties.maxContentLength());
        LocalNode second = new LocalNode(keepRunning, TestNode.VERSION);
        second.start();
        assertThat(second.details()).containsEntry("reused", true).containsEntry("pid", node.details().get("pid"));
        second.stop();
        assertThat(node.state()).isEqualTo(NodeState.RUNNING);
    }

    @Test
    @Order(3)
    void aCrashedNodeIsRestartedByTheWatchdog() throws Exception {
        long pid = (long) node.details().get("pid");
        ProcessHandle crashed = ProcessHandle.of(pid).orElseThrow();
        crashed.destroyForcibly();
        crashed.onExit().get();

        node.watch();

        assertThat(node.state()).isEqualTo(NodeState.RUNNING);
        assertThat(node.details().get("pid")).isNotEqualTo(pid);
        assertThat(get("/lifecycle-docs/_doc/kept")).contains("以色列毫米波雷达");
    }

    @Test
    @Order(4)
    void restartsAfterAStopWithItsDataKeptAndIgnoresAStalePidFile() throws Exception {
        node.stop();
        assertThat(node.state()).isEqualTo(NodeState.STOPPED);
        Files.writeString(node.layout().pidFile(), "999999");

        node = new LocalNode(properties, TestNode.VERSION);
        node.start();

        assertThat(node.details()).containsEntry("reused", false);
        assertThat(get("/lifecycle-docs/_doc/kept")).contains("以色列毫米波雷达");
    }

    @Test
    @Order(5)
    void aTakenPortIsReportedWithWhatToDo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalNode blocked = new LocalNode(TestNode.properties(TestNode.baseFor("blocked"), taken.getLocalPort(), TestNode.freePort()), TestNode.VERSION);
            assertThatThrownBy(blocked::start)
                    .isInstanceOf(NodeStartException.class)
                    .hasMessageContaining("port 127.0.0.1:" + taken.getLocalPort() + " is taken")
                    .hasMessageContaining("HUB_ES_HTTP_PORT");
            assertThat(blocked.state()).isEqualTo(NodeState.FAILED);
        }
    }

    private String get(String path) throws Exception {
        return send("GET", path, null);
    }

    private String send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.httpUrl() + path))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
