package org.loungehub.node;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A local Elasticsearch node that the hub provisions, starts, watches and stops. A node that an earlier run
 * left running (the hub was killed) is reused; a stale pid file or a crashed node leads to a fresh start.
 */
public class LocalNode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalNode.class);
    /** Before the web server and everything that talks to Elasticsearch; stopped after them. */
    static final int PHASE = Integer.MIN_VALUE + 1000;

    private final LocalNodeProperties properties;
    private final NodeLayout layout;
    private final Path javaHome;
    private final NodeInstaller installer;
    private final NodePreflight preflight;
    private final NodeProcess process;
    private final NodeAccount account;

    private volatile NodeState state = NodeState.STOPPED;
    private volatile String lastError;
    private volatile long pid = -1;
    private volatile boolean reused;
    private volatile Instant startedAt;
    private ScheduledExecutorService watchdog;

    public LocalNode(LocalNodeProperties properties, String version) {
        this.properties = properties;
        this.account = new NodeAccount(properties.systemUser());
        this.layout = new NodeLayout(properties.home() != null ? properties.home() : defaultHome(account), version);
        this.javaHome = properties.javaHome() != null ? properties.javaHome() : Path.of(System.getProperty("java.home"));
        this.installer = new NodeInstaller(properties, account);
        this.preflight = new NodePreflight(properties);
        this.process = new NodeProcess(properties, layout, account);
    }

    static Path defaultHome(NodeAccount account) {
        return account.isRoot() ? Path.of("/var/lib/lounge-hub/elasticsearch") : Path.of("var", "elasticsearch");
    }

    @Override
    public synchronized void start() {
        bringUp(NodeState.STARTING);
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "local-node-watchdog");
            t.setDaemon(true);
            return t;
        });
        long every = properties.watchInterval().toMillis();
        watchdog.scheduleWithFixedDelay(this::watch, every, every, TimeUnit.MILLISECONDS);
    }

    private void ensureRunning() {
        OptionalLong running = process.alivePid();
        if (running.isPresent()) {
            if (process.awaitHealthy(properties.startTimeout())) {
                log.info("Reusing the local Elasticsearch node already running on {} (pid {})", properties.httpUrl(), running.getAsLong());
                pid = running.getAsLong();
                reused = true;
                startedAt = Instant.now();
                return;
            }
            log.warn("The local node (pid {}) does not answer: restarting it", running.getAsLong());
            process.stop(Duration.ofSeconds(30));
        }
        List<String> problems = preflight.problems(javaHome);
        if (!problems.isEmpty()) {
            throw new NodeStartException("The local Elasticsearch node cannot start:\n - " + String.join("\n - ", problems));
        }
        account.prepare(ensureBase());
        installer.install(layout, javaHome);
        account.prepare(layout.base());
        pid = process.start(javaHome);
        reused = false;
        startedAt = Instant.now();
        log.info("Local Elasticsearch node is up on {} (pid {})", properties.httpUrl(), pid);
    }

    private Path ensureBase() {
        try {
            return java.nio.file.Files.createDirectories(layout.base());
        } catch (java.io.IOException e) {
            throw new NodeStartException("Cannot create the node folder " + layout.base() + ": " + e.getMessage()
                    + ". Set HUB_ES_HOME to a writable folder.", e);
        }
    }

    /** Restarts a node that died under a running hub. */
    synchronized void watch() {
        if (state != NodeState.RUNNING || process.alivePid().isPresent()) {
            return;
        }
        log.warn("The local Elasticsearch node (pid {}) has died: restarting it. Node logs: {}", pid, layout.logs());
        try {
            bringUp(NodeState.RESTARTING);
        } catch (RuntimeException e) {
            log.error("Restarting the local Elasticsearch node failed: {}", e.getMessage());
        }
    }

    /** Starts or reuses the node, recording the outcome (and its reason) for health and the watchdog. */
    private void bringUp(NodeState during) {
        state = during;
        try {
            ensureRunning();
            state = NodeState.RUNNING;
            lastError = null;
        } catch (RuntimeException e) {
            state = NodeState.FAILED;
            lastError = e.getMessage();
            throw e;
        }
    }

    @Override
    public synchronized void stop() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        if (properties.stopOnExit()) {
            process.stop(Duration.ofSeconds(60));
            state = NodeState.STOPPED;
        }
    }

    @Override
    public boolean isRunning() {
        return state == NodeState.RUNNING || state == NodeState.RESTARTING;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    public NodeState state() {
        return state;
    }

    public String httpUrl() {
        return properties.httpUrl();
    }

    public NodeLayout layout() {
        return layout;
    }

    /** Facts for the health endpoint: where the node is, its logs, and what went wrong last. */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state);
        details.put("url", properties.httpUrl());
        details.put("pid", pid);
        details.put("reused", reused);
        details.put("home", layout.base().toString());
        details.put("logs", layout.logs().toString());
        if (startedAt != null) {
            details.put("since", startedAt.toString());
        }
        if (lastError != null) {
            details.put("error", lastError);
        }
        return details;
    }
}
