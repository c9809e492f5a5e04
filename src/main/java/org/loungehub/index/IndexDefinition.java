package org.loungehub.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One logical index of the hub: an alias in front of versioned concrete indices (alias-v1, alias-v2, ...) that
 * share an index template loaded from infra/elasticsearch/templates/{name}.json.
 *
 * @param name the logical name ("listings"), also the template file name
 * @param alias the alias clients read and write, with the configured prefix
 * @param templateVersion the template file's "version": a mapping change bumps it and calls for a reindex
 * @param template the template file's JSON
 * @param currentFilter the query (JSON) behind the "-current" alias, from the template's _meta.current_alias_filter;
 *        null when the index has no such alias
 * @param addedFields from the template's _meta.added_fields: the versions that only added top-level fields, and
 *        those fields
 */
public record IndexDefinition(String name, String alias, long templateVersion, String template, String currentFilter,
                              Map<Long, List<String>> addedFields) {

    public IndexDefinition {
        addedFields = Map.copyOf(addedFields);
    }

    /**
     * What brings an index built from an older template version up to this one without a reindex: the fields every
     * version since added, when each of those versions only added fields. Empty when one of them changed more (or
     * the index's version is unknown): then only a reindex does. A field added in place is filled as documents are
     * written; the documents already there simply lack it.
     */
    public Optional<List<String>> fieldsAddedSince(long indexVersion) {
        if (indexVersion < 1) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        for (long version = indexVersion + 1; version <= templateVersion; version++) {
            List<String> added = addedFields.get(version);
            if (added == null) {
                return Optional.empty();
            }
            fields.addAll(added);
        }
        return Optional.of(List.copyOf(fields));
    }

    /** The mapping of the given top-level fields, as the template defines them: {"properties": {...}}. */
    public ObjectNode mappingOf(Collection<String> fields) {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode properties = json.readTree(template).path("template").path("mappings").path("properties");
            ObjectNode mapping = json.createObjectNode();
            ObjectNode selected = mapping.putObject("properties");
            for (String field : fields) {
                selected.set(field, properties.get(field));
            }
            return mapping;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Index template " + name + " is not JSON", e);
        }
    }

    /** A filtered alias for searches: listings past their validUntil drop out of it without being deleted. */
    public String currentAlias() {
        return alias + "-current";
    }

    public String templateName() {
        return alias;
    }

    public String pattern() {
        return alias + "-v*";
    }

    public String concrete(int generation) {
        return alias + "-v" + generation;
    }

    /** The generation of a concrete index of this alias (listings-v3 → 3), or 0 when it is not one of ours. */
    public int generationOf(String index) {
        String prefix = alias + "-v";
        if (!index.startsWith(prefix)) {
            return 0;
        }
        try {
            return Integer.parseInt(index.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
