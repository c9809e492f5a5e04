package org.loungehub.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the catalog to the cluster idempotently: templates are (re)put, and an alias without an index gets its
 * first concrete index. An alias whose index predates the template's version keeps serving until a reindex, unless
 * the versions since only added fields: those are then added to the index in place.
 */
@Component
public class IndexManager {

    private static final Logger log = LoggerFactory.getLogger(IndexManager.class);
    static final String META_VERSION = "template_version";

    private final ElasticsearchClient client;
    private final IndexCatalog catalog;

    IndexManager(ElasticsearchClient client, IndexCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    public void applyAll() {
        catalog.all().forEach(this::apply);
    }

    public void apply(IndexDefinition definition) {
        try {
            putTemplate(definition);
            List<String> indices = indicesBehind(definition.alias());
            if (indices.isEmpty()) {
                createIndex(definition, definition.concrete(1), true);
                log.info("Created index {} behind alias {}", definition.concrete(1), definition.alias());
            } else {
                ensureCurrentAlias(definition, indices.get(indices.size() - 1));
                long version = templateVersionOf(indices.get(0));
                if (version < definition.templateVersion() && !addedInPlace(definition, indices, version)) {
                    log.warn("Alias {} serves {} built from template version {}, but the template is now version {}: "
                            + "run POST /api/v1/admin/indices/{}/reindex to move to the new mapping without downtime",
                            definition.alias(), indices.get(0), version, definition.templateVersion(), definition.name());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot apply index " + definition.alias(), e);
        }
    }

    /**
     * Brings indices of an older template version up to date in place when every version since only added fields
     * (the template's _meta.added_fields): without them, a strict mapping would refuse every document that carries
     * one until someone reindexed. False when a reindex is needed.
     */
    private boolean addedInPlace(IndexDefinition definition, List<String> indices, long version) throws IOException {
        Optional<List<String>> fields = definition.fieldsAddedSince(version);
        if (fields.isEmpty()) {
            return false;
        }
        ObjectNode mapping = definition.mappingOf(fields.get());
        mapping.putObject("_meta").put(META_VERSION, definition.templateVersion());
        try {
            client.indices().putMapping(p -> p.index(indices).withJson(new StringReader(mapping.toString())));
        } catch (ElasticsearchException e) {
            log.warn("Could not add {} to {} in place: {}", fields.get(), indices, e.getMessage());
            return false;
        }
        log.info("Added {} to {} in place (template version {} -> {}, which only added fields); no reindex needed",
                fields.get(), indices, version, definition.templateVersion());
        return true;
    }

    void putTemplate(IndexDefinition definition) throws IOException {
        client.indices().putIndexTemplate(t -> t.withJson(new StringReader(definition.template()))
                .name(definition.templateName())
                .indexPatterns(definition.pattern()));
    }

    /** Creates a concrete index from the template; with alias, it becomes the alias's write index. */
    void createIndex(IndexDefinition definition, String index, boolean withAlias) throws IOException {
        try {
            client.indices().create(c -> {
                c.index(index).mappings(m -> m.meta(META_VERSION, JsonData.of(definition.templateVersion())));
                if (withAlias) {
                    c.aliases(definition.alias(), a -> a.isWriteIndex(true));
                    if (definition.currentFilter() != null) {
                        c.aliases(definition.currentAlias(), a -> a.filter(currentFilter(definition)));
                    }
                }
                return c;
            });
        } catch (ElasticsearchException e) {
            // Another hub instance (or an interrupted start) created it first: make sure the alias points to it.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            if (withAlias) {
                client.indices().putAlias(a -> a.index(index).name(definition.alias()).isWriteIndex(true));
                ensureCurrentAlias(definition, index);
            }
        }
    }

    /** Puts the filtered "-current" alias on the index when it lacks it (indices made before it existed). */
    void ensureCurrentAlias(IndexDefinition definition, String index) throws IOException {
        if (definition.currentFilter() != null && !client.indices().existsAlias(a -> a.name(definition.currentAlias())).value()) {
            client.indices().putAlias(a -> a.index(index).name(definition.currentAlias()).filter(currentFilter(definition)));
        }
    }

    static Query currentFilter(IndexDefinition definition) {
        return Query.of(q -> q.withJson(new StringReader(definition.currentFilter())));
    }

    public List<String> indicesBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return response.result().keySet().stream().sorted().toList();
    }

    public long templateVersionOf(String index) throws IOException {
        Map<String, JsonData> meta = client.indices().getMapping(m -> m.index(index)).get(index).mappings().meta();
        JsonData version = meta == null ? null : meta.get(META_VERSION);
        return version == null ? 0 : version.to(Long.class);
    }

    public long count(String index) throws IOException {
        return client.count(c -> c.index(index)).count();
    }
}
