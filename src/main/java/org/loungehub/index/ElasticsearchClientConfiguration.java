package org.loungehub.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.loungehub.node.LocalNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** The one Elasticsearch client of the hub: the external cluster when configured, else the managed local node. */
@Configuration(proxyBeanMethods = false)
class ElasticsearchClientConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties, ObjectProvider<LocalNode> localNode) throws IOException {
        List<String> urls = properties.external() ? properties.url() : List.of(localNode.getObject().httpUrl());
        HttpHost[] hosts = urls.stream().map(String::trim).filter(u -> !u.isEmpty()).map(HttpHost::create).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + properties.apiKey())});
        }
        SSLContext ssl = properties.caCertificate() != null ? TransportUtils.sslContextFromHttpCaCrt(properties.caCertificate().toFile()) : null;
        builder.setHttpClientConfigCallback(http -> {
            if (properties.username() != null && !properties.username().isBlank() && (properties.apiKey() == null || properties.apiKey().isBlank())) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(properties.username(), properties.password()));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }
}
