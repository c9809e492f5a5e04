package org.loungehub.node;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The managed local Elasticsearch node, used when no external cluster is configured.
 *
 * @param distribution the Elasticsearch zip the build fetched from Maven Central
 * @param plugin the analysis plugin zip the build produced
 * @param home where the node is installed, with its config, data and logs (persistent); empty: a default
 *        that suits the current user (./var/elasticsearch, or /var/lib/lounge-hub/elasticsearch for root)
 * @param systemUser the account that runs the node when the hub runs as root (Elasticsearch refuses root)
 * @param javaHome the Java 17+ runtime for the node; empty: the hub's own
 * @param stopOnExit whether the hub stops the node when it shuts down (a kill -9 leaves it for reuse)
 * @param maxContentLength the node's http.max_content_length: the largest request it accepts (413 over it)
 */
@ConfigurationProperties("hub.elasticsearch.local")
public record LocalNodeProperties(
        Path distribution,
        Path plugin,
        Path home,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("9200") int httpPort,
        @DefaultValue("9300") int transportPort,
        @DefaultValue("512m") String heap,
        @DefaultValue("lounge-es") String systemUser,
        Path javaHome,
        @DefaultValue("180s") Duration startTimeout,
        @DefaultValue("15s") Duration watchInterval,
        @DefaultValue("true") boolean stopOnExit,
        @DefaultValue("100mb") String maxContentLength) {

    public String httpUrl() {
        return "http://" + host + ":" + httpPort;
    }
}
