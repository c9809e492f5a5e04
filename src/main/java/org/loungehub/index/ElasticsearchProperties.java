package org.loungehub.index;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hub reaches Elasticsearch. With no url the hub manages a local node (see hub.elasticsearch.local).
 *
 * @param url external cluster hosts (http(s)://host:port, comma-separated); empty: the managed local node
 * @param apiKey an encoded API key (sent as "Authorization: ApiKey ..."); takes precedence over basic auth
 * @param caCertificate PEM file of the CA that signed the cluster's HTTP certificate (self-managed TLS)
 * @param indexPrefix prepended to every index, alias and template name: several hubs (or test runs) can share a cluster
 */
@ConfigurationProperties("hub.elasticsearch")
public record ElasticsearchProperties(
        List<String> url,
        String apiKey,
        String username,
        String password,
        Path caCertificate,
        @DefaultValue("") String indexPrefix) {

    public boolean external() {
        return url != null && url.stream().anyMatch(u -> !u.isBlank());
    }
}
