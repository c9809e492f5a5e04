package org.loungehub.erasure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.loungehub.index.IndexCatalog;
import org.springframework.stereotype.Component;

/** The erasure records in the {@code erasures} index. */
@Component
class ErasureRecords {

    private final ElasticsearchClient client;
    private final String alias;

    ErasureRecords(ElasticsearchClient client, IndexCatalog catalog) {
        this.client = client;
        this.alias = catalog.get("erasures").alias();
    }

    /** Saves and makes it visible at once: from then on its hashes are in the blocklist intake reads. */
    void save(ErasureRecord record) {
        try {
            client.index(i -> i.index(alias).id(record.id()).document(record).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ErasureRecord get(String id) {
        try {
            GetResponse<ErasureRecord> response = client.get(g -> g.index(alias).id(id), ErasureRecord.class);
            if (!response.found() || response.source() == null) {
                throw new UnknownErasureException(id);
            }
            return response.source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Newest first. */
    List<ErasureRecord> list(int size) {
        try {
            return client.search(s -> s.index(alias).size(size)
                            .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc))), ErasureRecord.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
