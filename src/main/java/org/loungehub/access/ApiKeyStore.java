package org.loungehub.access;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.loungehub.index.IndexCatalog;
import org.springframework.stereotype.Component;

/** API keys in the {@code api-keys} index. */
@Component
class ApiKeyStore {

    /** Far more keys than a lounge has partners and staff. */
    private static final int MAX_KEYS = 10_000;

    private final ElasticsearchClient client;
    private final String index;

    ApiKeyStore(ElasticsearchClient client, IndexCatalog catalog) {
        this.client = client;
        this.index = catalog.get("api-keys").alias();
    }

    List<ApiKey> all() {
        try {
            return client.search(s -> s.index(index).size(MAX_KEYS), ApiKey.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void save(ApiKey key) {
        try {
            client.index(i -> i.index(index).id(key.id()).document(key).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
