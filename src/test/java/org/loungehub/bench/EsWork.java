package org.loungehub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import java.io.IOException;
import java.util.Locale;

/**
 * Where Elasticsearch spent its time on the benchmark's indices, from its own index statistics (thread time, in
 * seconds): writing documents, merging segments, refreshing, flushing, searching, real-time gets.
 */
record EsWork(double indexing, double merges, double refresh, double flush, double search, double get, long indexOps, long mergedDocs) {

    static EsWork now(ElasticsearchClient es, String indices) throws IOException {
        IndexStats total = es.indices().stats(s -> s.index(indices)).all().total();
        return new EsWork(total.indexing().indexTimeInMillis() / 1e3, total.merges().totalTimeInMillis() / 1e3,
                total.refresh().totalTimeInMillis() / 1e3, total.flush().totalTimeInMillis() / 1e3,
                (total.search().queryTimeInMillis() + total.search().fetchTimeInMillis()) / 1e3, total.get().timeInMillis() / 1e3,
                total.indexing().indexTotal(), total.merges().totalDocs());
    }

    EsWork since(EsWork start) {
        return new EsWork(indexing - start.indexing, merges - start.merges, refresh - start.refresh, flush - start.flush,
                search - start.search, get - start.get, indexOps - start.indexOps, mergedDocs - start.mergedDocs);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "indexing %.1f s (%,d writes), merges %.1f s (%,d documents merged), refresh %.1f s, "
                + "flush %.1f s, search %.1f s, get %.1f s", indexing, indexOps, merges, mergedDocs, refresh, flush, search, get);
    }
}
