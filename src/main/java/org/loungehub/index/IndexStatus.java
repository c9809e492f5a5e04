package org.loungehub.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What staff see of each index: which concrete index serves it, its size, and whether a reindex is due. */
@Component
public class IndexStatus {

    private final IndexCatalog catalog;
    private final IndexManager manager;

    IndexStatus(IndexCatalog catalog, IndexManager manager) {
        this.catalog = catalog;
        this.manager = manager;
    }

    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        try {
            for (IndexDefinition definition : catalog.all()) {
                List<String> indices = manager.indicesBehind(definition.alias());
                String index = indices.isEmpty() ? null : indices.get(indices.size() - 1);
                long version = index == null ? 0 : manager.templateVersionOf(index);
                long docs = index == null ? 0 : manager.count(index);
                entries.add(new Entry(definition.name(), definition.alias(), index, docs, version,
                        definition.templateVersion(), version < definition.templateVersion()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public record Entry(String name, String alias, String index, long documents, long indexTemplateVersion,
                        long currentTemplateVersion, boolean reindexDue) {
    }
}
