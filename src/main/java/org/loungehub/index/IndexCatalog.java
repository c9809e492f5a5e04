package org.loungehub.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The hub's indices, read from the template files under infra/elasticsearch/templates (packaged on the classpath). */
@Component
public class IndexCatalog {

    private final List<IndexDefinition> definitions;

    @Autowired
    IndexCatalog(ElasticsearchProperties properties) {
        this(properties.indexPrefix(), "classpath*:elasticsearch/templates/*.json");
    }

    IndexCatalog(String prefix, String location) {
        ObjectMapper json = new ObjectMapper();
        List<IndexDefinition> found = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String name = resource.getFilename().replaceFirst("\\.json$", "");
                String template = resource.getContentAsString(StandardCharsets.UTF_8);
                JsonNode root = json.readTree(template);
                JsonNode version = root.path("version");
                JsonNode filter = root.path("_meta").path("current_alias_filter");
                if (!version.canConvertToLong()) {
                    throw new IllegalStateException("Index template " + resource + " has no numeric \"version\"");
                }
                found.add(new IndexDefinition(name, prefix + name, version.asLong(), template,
                        filter.isMissingNode() ? null : filter.toString(), addedFields(resource, root)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read index templates from " + location, e);
        }
        found.sort(Comparator.comparing(IndexDefinition::name));
        this.definitions = List.copyOf(found);
    }

    /** _meta.added_fields: per version, the top-level fields it added (and nothing else), each one in the mapping. */
    private static Map<Long, List<String>> addedFields(Resource resource, JsonNode root) {
        Map<Long, List<String>> added = new TreeMap<>();
        JsonNode properties = root.path("template").path("mappings").path("properties");
        root.path("_meta").path("added_fields").fields().forEachRemaining(entry -> {
            List<String> fields = new ArrayList<>();
            entry.getValue().forEach(field -> fields.add(field.asText()));
            long version;
            try {
                version = Long.parseLong(entry.getKey());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Index template " + resource + ": _meta.added_fields has a key that is not"
                        + " a version: " + entry.getKey());
            }
            for (String field : fields) {
                if (!properties.has(field)) {
                    throw new IllegalStateException("Index template " + resource + ": _meta.added_fields names "
                            + field + " (version " + version + "), which is not a top-level field of its mappings");
                }
            }
            added.put(version, List.copyOf(fields));
        });
        return added;
    }

    public List<IndexDefinition> all() {
        return definitions;
    }

    public Optional<IndexDefinition> find(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public IndexDefinition get(String name) {
        return find(name).orElseThrow(() -> new UnknownIndexException(name));
    }
}
