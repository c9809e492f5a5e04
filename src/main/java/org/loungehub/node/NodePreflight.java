package org.loungehub.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks made before a start, so that a node that cannot start says why at once instead of hanging. */
class NodePreflight {

    private static final Pattern JAVA_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private final LocalNodeProperties properties;
    private final Path meminfo;

    NodePreflight(LocalNodeProperties properties) {
        this(properties, Path.of("/proc/meminfo"));
    }

    NodePreflight(LocalNodeProperties properties, Path meminfo) {
        this.properties = properties;
        this.meminfo = meminfo;
    }

    /** Every problem found, each with what to do about it; empty when the node can start. */
    List<String> problems(Path javaHome) {
        List<String> problems = new ArrayList<>();
        javaProblem(javaHome).ifPresent(problems::add);
        portProblem(properties.httpPort(), "HTTP", "HUB_ES_HTTP_PORT").ifPresent(problems::add);
        portProblem(properties.transportPort(), "transport", "HUB_ES_TRANSPORT_PORT").ifPresent(problems::add);
        memoryProblem().ifPresent(problems::add);
        return problems;
    }

    Optional<String> javaProblem(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            return Optional.of("No Java runtime at " + javaHome + ": set HUB_ES_JAVA_HOME to a JDK 17 or newer.");
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            if (m.find() && Integer.parseInt(m.group(1)) < 17) {
                return Optional.of("Elasticsearch 8.19 needs Java 17 or newer, but " + javaHome + " is Java " + m.group(1)
                        + ": set HUB_ES_JAVA_HOME to a JDK 17.");
            }
        } catch (IOException e) {
            // No release file: the node's own launcher will judge the version.
        }
        return Optional.empty();
    }

    Optional<String> portProblem(int port, String name, String variable) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the node binds: connections of a just-died node in TIME_WAIT must not count as "taken".
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(properties.host()), port));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("The " + name + " port " + properties.host() + ":" + port
                    + " is taken by another process: stop it, or set " + variable + " to a free port.");
        }
    }

    Optional<String> memoryProblem() {
        long heapMb = heapMegabytes(properties.heap());
        long neededMb = heapMb + 256;
        long availableMb = availableMegabytes();
        if (availableMb >= 0 && availableMb < neededMb) {
            return Optional.of("Not enough memory for the node: its heap of " + properties.heap() + " needs about "
                    + neededMb + " MB, only " + availableMb + " MB are available. Free memory or lower HUB_ES_HEAP.");
        }
        return Optional.empty();
    }

    long availableMegabytes() {
        try {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: let the node try.
        }
        return -1;
    }

    static long heapMegabytes(String heap) {
        String h = heap.trim().toLowerCase();
        long value = Long.parseLong(h.replaceAll("[^0-9]", ""));
        if (h.endsWith("g")) {
            return value * 1024;
        }
        if (h.endsWith("k")) {
            return value / 1024;
        }
        return h.endsWith("m") ? value : value / (1024 * 1024);
    }
}
