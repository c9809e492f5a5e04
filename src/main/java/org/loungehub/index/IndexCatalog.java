package org.loungehub.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
                JsonNode inPlaceFrom = root.path("_meta").path("in_place_from");
                found.add(new IndexDefinition(name, prefix + name, version.asLong(), template,
                        filter.isMissingNode() ? null : filter.toString(),
                        inPlaceFrom.canConvertToLong() ? Math.min(inPlaceFrom.asLong(), version.asLong()) : version.asLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read index templates from " + location, e);
        }
        found.sort(Comparator.comparing(IndexDefinition::name));
        this.definitions = List.copyOf(found);
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
