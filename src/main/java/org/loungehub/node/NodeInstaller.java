package org.loungehub.node;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Installs the node into its folder: unpacks the distribution once, installs (or upgrades) the analysis plugin
 * when its zip changed, and writes the node's configuration on every start.
 */
class NodeInstaller {

    private static final Logger log = LoggerFactory.getLogger(NodeInstaller.class);
    static final String PLUGIN_NAME = "lounge-hub-analysis";

    private final LocalNodeProperties properties;
    private final NodeAccount account;

    NodeInstaller(LocalNodeProperties properties, NodeAccount account) {
        this.properties = properties;
        this.account = account;
    }

    void install(NodeLayout layout, Path javaHome) {
        try {
            Files.createDirectories(layout.base());
            Files.createDirectories(layout.data());
            Files.createDirectories(layout.logs());
            boolean changed = unpackDistribution(layout);
            changed |= installPlugin(layout, javaHome);
            writeConfig(layout);
            if (changed) {
                account.handOver(layout.base());
            } else {
                account.handOver(layout.config());
            }
        } catch (IOException e) {
            throw new NodeStartException("Could not install the local Elasticsearch node into " + layout.base() + ": " + e.getMessage(), e);
        }
    }

    private boolean unpackDistribution(NodeLayout layout) throws IOException {
        Path home = layout.distributionHome();
        if (Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            return false;
        }
        Path zip = require(properties.distribution(), "Elasticsearch distribution");
        log.info("Unpacking {} into {}", zip.getFileName(), layout.base());
        Path staging = Files.createTempDirectory(layout.base(), "unpack-");
        try {
            unzip(zip, staging);
            try (var entries = Files.list(staging)) {
                Path unpacked = entries.findFirst().orElseThrow(() -> new IOException("empty distribution " + zip));
                FileSystemUtils.deleteRecursively(home);
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            FileSystemUtils.deleteRecursively(staging);
        }
        return true;
    }

    static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                // Zip streams carry no Unix modes: the launch scripts are the only executables.
                if (out.getParent().getFileName().toString().equals("bin") && !out.toString().endsWith(".bat")
                        && !out.toString().endsWith(".exe")) {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private boolean installPlugin(NodeLayout layout, Path javaHome) throws IOException {
        Path zip = require(properties.plugin(), "analysis plugin");
        String digest = sha256(zip);
        Path installed = layout.distributionHome().resolve("plugins").resolve(PLUGIN_NAME);
        if (Files.isDirectory(installed) && Files.exists(layout.pluginMarker())
                && Files.readString(layout.pluginMarker()).trim().equals(digest)) {
            return false;
        }
        log.info("Installing analysis plugin {} into the local node", zip.getFileName());
        FileSystemUtils.deleteRecursively(installed);
        // Runs as the hub's own user: as root this happens before the folder is handed to the node's account.
        List<String> command = new ArrayList<>(List.of(
                layout.distributionHome().resolve("bin/elasticsearch-plugin").toString(),
                "install", "--batch", zip.toUri().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "ES_JAVA_HOME", javaHome.toString(),
                "ES_PATH_CONF", layout.distributionHome().resolve("config").toString(),
                // The CLI's default 64 MB heap is too small to verify a plugin with ICU inside.
                "CLI_JAVA_OPTS", "-Xmx512m"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new NodeStartException("Installing the analysis plugin failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeStartException("Interrupted while installing the analysis plugin", e);
        }
        Files.writeString(layout.pluginMarker(), digest);
        return true;
    }

    private void writeConfig(NodeLayout layout) throws IOException {
        Path config = layout.config();
        Files.createDirectories(config);
        for (String file : List.of("jvm.options", "log4j2.properties")) {
            Path target = config.resolve(file);
            if (!Files.exists(target)) {
                Files.copy(layout.distributionHome().resolve("config").resolve(file), target);
            }
        }
        Files.createDirectories(config.resolve("jvm.options.d"));
        String yaml = """
                # Written by Lounge Hub on every start of the local node: edit hub.elasticsearch.local.* instead.
                cluster.name: lounge-hub
                node.name: lounge-hub-local
                discovery.type: single-node
                network.host: %s
                http.port: %d
                transport.port: %d
                path.data: %s
                path.logs: %s
                xpack.security.enabled: false
                # A developer machine's disk may be fuller than a server's: never turn indices read-only for that.
                cluster.routing.allocation.disk.threshold_enabled: false
                action.auto_create_index: false
                http.max_content_length: %s
                """.formatted(properties.host(), properties.httpPort(), properties.transportPort(),
                layout.data(), layout.logs(), properties.maxContentLength());
        Files.writeString(config.resolve("elasticsearch.yml"), yaml);
    }

    private static Path require(Path path, String what) {
        if (path == null || !Files.isRegularFile(path)) {
            throw new NodeStartException("The " + what + " was not found at " + path
                    + ". Build the project first (./mvnw package -DskipTests fetches and builds it), "
                    + "or set HUB_ELASTICSEARCH_URL to use an existing cluster.");
        }
        return path;
    }

    static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
