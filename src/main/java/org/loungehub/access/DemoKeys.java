package org.loungehub.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local demo's keys: one per role, fresh at every start (the previous ones stop working), printed in the log
 * and written to a file only its owner may read. Never on in a deployment: the hub is not silently open.
 */
class DemoKeys {

    private static final Logger log = LoggerFactory.getLogger(DemoKeys.class);
    static final String PARTNER = "lounge-desk";

    private final ApiKeys keys;
    private final Path file;

    DemoKeys(ApiKeys keys, Path file) {
        this.keys = keys;
        this.file = file;
    }

    void issue() {
        List<String> lines = new ArrayList<>();
        lines.add("# Lounge Hub demo keys, issued at start-up; they change at every start. Send as: X-Api-Key: <key>");
        for (Role role : Role.values()) {
            String partner = role == Role.PARTNER ? PARTNER : null;
            IssuedKey issued = keys.issue("demo-" + role.id(), "demo " + role.id() + " key", role, partner, null, null,
                    null, keys.newDemoSecret());
            lines.add(role.id() + (partner == null ? "" : "(" + partner + ")") + "=" + issued.secret());
        }
        write(lines);
        StringBuilder banner = new StringBuilder("\n\n  Demo mode: one API key per role (they change at every start; also in ")
                .append(file.toAbsolutePath()).append(")\n");
        lines.stream().skip(1).forEach(line -> banner.append("    ").append(line).append('\n'));
        banner.append("  e.g. curl -H 'X-Api-Key: <staff key>' 'http://localhost:8080/api/v1/listings?q=毫米波雷达'\n");
        log.warn(banner.toString());
    }

    private void write(List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps the folder's permissions
            }
            Files.write(file, lines);
        } catch (IOException e) {
            log.warn("Demo keys not written to {}: {}", file, e.getMessage());
        }
    }
}
