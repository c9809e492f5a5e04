package org.loungehub.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** A plain client to the shared test node, for tests that exercise one component without Spring. */
public final class EsTestClient {

    private EsTestClient() {
    }

    public static ElasticsearchClient create() {
        RestClient rest = RestClient.builder(HttpHost.create(TestNode.url())).build();
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    /** A fresh index prefix, so that each test class works on its own indices. */
    public static String uniquePrefix(String name) {
        return "t-" + name.toLowerCase() + "-" + Long.toHexString(System.nanoTime()) + "-";
    }
}
