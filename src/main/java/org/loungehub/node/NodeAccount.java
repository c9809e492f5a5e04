package org.loungehub.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account the node runs under. Elasticsearch refuses to run as root, so a root hub runs it as a dedicated
 * system user (created on first use) and hands it the node's folders; any other user runs it as itself.
 */
class NodeAccount {

    private static final Logger log = LoggerFactory.getLogger(NodeAccount.class);

    private final String systemUser;
    private final boolean root;

    NodeAccount(String systemUser) {
        this(systemUser, "root".equals(System.getProperty("user.name")));
    }

    NodeAccount(String systemUser, boolean root) {
        this.systemUser = systemUser;
        this.root = root;
    }

    boolean isRoot() {
        return root;
    }

    String describe() {
        return root ? "system user '" + systemUser + "'" : "user '" + System.getProperty("user.name") + "'";
    }

    /** The command, run as the node's account; setsid keeps a Ctrl-C in the hub's terminal away from the node. */
    List<String> command(List<String> command) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            full.add("/usr/bin/setsid");
        }
        if (root) {
            full.addAll(List.of("runuser", "-u", systemUser, "--"));
        }
        full.addAll(command);
        return full;
    }

    /** As root: makes sure the system user exists and owns the node's folder, and can reach it. */
    void prepare(Path base) {
        if (!root) {
            return;
        }
        if (exec(List.of("id", "-u", systemUser)) != 0) {
            log.info("Creating system user '{}' to run the local Elasticsearch node", systemUser);
            int code = exec(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", systemUser));
            if (code != 0) {
                throw new NodeStartException("Could not create the system user '" + systemUser
                        + "' that runs the local Elasticsearch node (useradd exited " + code + "). "
                        + "Create it yourself, or set HUB_ES_SYSTEM_USER to an existing non-root account.");
            }
        }
        if (!ownedBySystemUser(base)) {
            int code = exec(List.of("chown", "-R", systemUser + ":", base.toString()));
            if (code != 0) {
                throw new NodeStartException("Could not hand " + base + " to '" + systemUser + "' (chown exited " + code + ").");
            }
        }
        if (exec(List.of("runuser", "-u", systemUser, "--", "test", "-w", base.toString())) != 0) {
            throw new NodeStartException("The system user '" + systemUser + "' cannot reach " + base
                    + ": a parent folder is not open to other users. Set HUB_ES_HOME to a folder such as "
                    + "/var/lib/lounge-hub/elasticsearch.");
        }
    }

    /** After the hub (root) wrote files into the node's folder, give them back to the node's account. */
    void handOver(Path path) {
        if (root && exec(List.of("chown", "-R", systemUser + ":", path.toString())) != 0) {
            throw new NodeStartException("Could not hand " + path + " to '" + systemUser + "'.");
        }
    }

    private boolean ownedBySystemUser(Path base) {
        try (var children = Files.list(base)) {
            UserPrincipal expected = base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(systemUser);
            if (!Files.getOwner(base).equals(expected)) {
                return false;
            }
            return children.allMatch(child -> {
                try {
                    return Files.getOwner(child).equals(expected);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    static int exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
