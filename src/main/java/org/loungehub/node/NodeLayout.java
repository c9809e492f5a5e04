package org.loungehub.node;

import java.nio.file.Path;

/** Where a managed node keeps its parts, all below one persistent folder. */
public record NodeLayout(Path base, String version) {

    public NodeLayout {
        base = base.toAbsolutePath().normalize();
    }

    /** The unpacked distribution, with the plugin installed in it. */
    public Path distributionHome() {
        return base.resolve("elasticsearch-" + version);
    }

    /** ES_PATH_CONF: kept apart from the distribution so that an upgrade keeps settings. */
    public Path config() {
        return base.resolve("config");
    }

    public Path data() {
        return base.resolve("data");
    }

    public Path logs() {
        return base.resolve("logs");
    }

    public Path pidFile() {
        return base.resolve("node.pid");
    }

    /** What the node's launcher printed on its last start: the first place to look when it fails. */
    public Path startupLog() {
        return logs().resolve("startup.log");
    }

    public Path pluginMarker() {
        return base.resolve("analysis-plugin.sha256");
    }
}
