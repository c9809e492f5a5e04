package org.loungehub.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Waiting for a listing to appear in the test hub's index (it-listings). */
public final class Listings {

    private Listings() {
    }

    public static Map<?, ?> await(ElasticsearchClient es, String id, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var doc = es.get(g -> g.index("it-listings").id(id), Map.class);
            if (doc.found()) {
                return doc.source();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("listing " + id + " was not pulled and indexed within " + timeout);
    }
}
