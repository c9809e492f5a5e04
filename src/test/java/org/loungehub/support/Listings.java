package org.loungehub.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/** Waiting for a listing to appear in the test hub's index (it-listings). */
public final class Listings {

    private Listings() {
    }

    public static Map<?, ?> await(ElasticsearchClient es, String id, Duration timeout) throws Exception {
        return await(es, id, source -> true, "pulled and indexed", timeout);
    }

    /** Waits until the listing is indexed and its document satisfies the condition (described for the failure). */
    public static Map<?, ?> await(ElasticsearchClient es, String id, Predicate<Map<?, ?>> condition, String what,
                                  Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Map<?, ?> last = null;
        while (Instant.now().isBefore(deadline)) {
            var doc = es.get(g -> g.index("it-listings").id(id), Map.class);
            if (doc.found()) {
                last = doc.source();
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("listing " + id + " was not " + what + " within " + timeout + "; last seen: " + last);
    }
}
