package org.loungehub.console;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.elasticsearch.client.ResponseException;
import org.loungehub.index.IndexCatalog;
import org.springframework.stereotype.Component;

/** Console accounts in the {@code accounts} index, one document per username. */
@Component
class AccountStore {

    private final ElasticsearchClient client;
    private final String index;

    AccountStore(ElasticsearchClient client, IndexCatalog catalog) {
        this.client = client;
        this.index = catalog.get("accounts").alias();
    }

    Optional<Account> find(String username) {
        try {
            GetResponse<Account> found = client.get(g -> g.index(index).id(username), Account.class);
            return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a new account; false when the username is taken. */
    boolean create(Account account) {
        try {
            client.create(c -> c.index(index).id(account.username()).document(account).refresh(Refresh.WaitFor));
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            // the client may report a create conflict as a transport error carrying the HTTP status
            if (conflict(e)) {
                return false;
            }
            throw new UncheckedIOException(e);
        }
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransportException transport && transport.statusCode() == 409) {
                return true;
            }
            if (t instanceof ResponseException response && response.getResponse().getStatusLine().getStatusCode() == 409) {
                return true;
            }
        }
        return false;
    }

    void save(Account account) {
        try {
            client.index(i -> i.index(index).id(account.username()).document(account).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
