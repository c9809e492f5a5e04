package org.loungehub.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.TestNode;
import org.springframework.core.io.ClassPathResource;

@ExtendWith(TestNode.class)
class IndexManagerIT {

    private final ElasticsearchClient client = EsTestClient.create();

    @Test
    void appliesTemplatesAndAliasesIdempotently() throws IOException {
        IndexCatalog catalog = new IndexCatalog(EsTestClient.uniquePrefix("apply"), "classpath*:elasticsearch/templates/*.json");
        IndexManager manager = new IndexManager(client, catalog);
        manager.applyAll();
        manager.applyAll();

        IndexDefinition listings = catalog.get("listings");
        assertThat(manager.indicesBehind(listings.alias())).containsExactly(listings.concrete(1));
        assertThat(client.indices().existsIndexTemplate(t -> t.name(listings.templateName())).value()).isTrue();
        assertThat(manager.templateVersionOf(listings.concrete(1))).isEqualTo(listings.templateVersion());
        assertThat(new IndexStatus(catalog, manager).all()).hasSize(catalog.all().size())
                .allSatisfy(e -> assertThat(e.reindexDue()).isFalse());
    }

    @Test
    void expiredListingsDropOutOfTheCurrentAliasWithoutBeingDeleted() throws IOException {
        IndexCatalog catalog = new IndexCatalog(EsTestClient.uniquePrefix("expiry"), "classpath*:elasticsearch/templates/*.json");
        new IndexManager(client, catalog).applyAll();
        IndexDefinition listings = catalog.get("listings");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        client.index(i -> i.index(listings.alias()).id("expired").document(Map.of("id", "expired", "validUntil", today.minusDays(1).toString())));
        client.index(i -> i.index(listings.alias()).id("valid").document(Map.of("id", "valid", "validUntil", today.plusDays(30).toString())));
        client.index(i -> i.index(listings.alias()).id("open").document(Map.of("id", "open")));
        client.indices().refresh(r -> r.index(listings.alias()));

        assertThat(client.count(c -> c.index(listings.currentAlias())).count()).isEqualTo(2);
        assertThat(client.search(s -> s.index(listings.currentAlias()), Map.class).hits().hits())
                .extracting(h -> h.id()).containsExactlyInAnyOrder("valid", "open");
        assertThat(client.count(c -> c.index(listings.alias())).count()).isEqualTo(3);
    }

    @Test
    void mappingChangeIsAReindexBehindTheAliasKeepingDocumentsAndVersions(@TempDir Path templates) throws IOException {
        String prefix = EsTestClient.uniquePrefix("reindex");
        String alias = applied(prefix).get("listings").alias();
        client.index(i -> i.index(alias).id("a").document(Map.of("id", "a", "title", "毫米波雷达")));
        client.index(i -> i.index(alias).id("b").document(Map.of("id", "b", "title", "first")));
        client.index(i -> i.index(alias).id("b").document(Map.of("id", "b", "title", "second")));
        client.indices().refresh(r -> r.index(alias));

        // A developer changes the mapping and bumps the template's version.
        IndexCatalog v2 = bumped(prefix, templates, template -> template
                .replace("\"stage\": { \"type\": \"keyword\" }", "\"stage\": { \"type\": \"keyword\" },\n\"stageNote\": { \"type\": \"text\" }"));
        IndexManager manager = new IndexManager(client, v2);
        manager.applyAll();
        assertThat(new IndexStatus(v2, manager).all()).singleElement().satisfies(e -> {
            assertThat(e.reindexDue()).isTrue();
            assertThat(e.index()).isEqualTo(alias + "-v1");
        });

        Reindexer.ReindexReport report = new Reindexer(client, v2, manager).reindex("listings");

        assertThat(report.from()).isEqualTo(alias + "-v1");
        assertThat(report.to()).isEqualTo(alias + "-v2");
        assertThat(report.copied()).isEqualTo(2);
        assertThat(manager.indicesBehind(alias)).containsExactly(alias + "-v2");
        assertThat(manager.indicesBehind(alias + "-current")).containsExactly(alias + "-v2");
        assertThat(client.indices().exists(e -> e.index(alias + "-v1")).value()).isFalse();
        assertThat(client.get(g -> g.index(alias).id("b"), Map.class).version()).isEqualTo(2L);
        assertThat(client.get(g -> g.index(alias).id("b"), Map.class).source()).containsEntry("title", "second");
        assertThat(client.indices().getMapping(m -> m.index(alias)).get(alias + "-v2").mappings().properties()).containsKey("stageNote");
        assertThat(new IndexStatus(v2, manager).all()).singleElement().satisfies(e -> assertThat(e.reindexDue()).isFalse());
    }

    @Test
    void aReindexKeepsTheDeletionsAndWritesMadeWhileItRan(@TempDir Path templates) throws IOException {
        String prefix = EsTestClient.uniquePrefix("reindex-live");
        String alias = applied(prefix).get("listings").alias();
        for (String id : List.of("deleted", "updated", "kept", "recreated")) {
            client.index(i -> i.index(alias).id(id).document(Map.of("id", id, "title", "before")));
        }
        client.indices().refresh(r -> r.index(alias));
        IndexCatalog v2 = bumped(prefix, templates, template -> template);
        IndexManager manager = new IndexManager(client, v2);
        manager.applyAll();

        // The hub goes on writing through the alias: to the old index during the copy, to the new one after the switch.
        Reindexer.Steps writesMeanwhile = new Reindexer.Steps() {
            @Override
            public void copied(String source, String target) throws IOException {
                client.delete(d -> d.index(alias).id("deleted"));
                client.delete(d -> d.index(alias).id("recreated"));
                client.index(i -> i.index(alias).id("updated").document(Map.of("id", "updated", "title", "after")));
                client.index(i -> i.index(alias).id("new").document(Map.of("id", "new", "title", "after")));
            }

            @Override
            public void switched(String source, String target) throws IOException {
                client.index(i -> i.index(alias).id("recreated").document(Map.of("id", "recreated", "title", "after")));
                client.index(i -> i.index(alias).id("newer").document(Map.of("id", "newer", "title", "after")));
            }
        };
        Reindexer.ReindexReport report = new Reindexer(client, v2, manager, writesMeanwhile).reindex("listings");
        client.indices().refresh(r -> r.index(alias));

        assertThat(client.search(s -> s.index(alias).size(10), Map.class).hits().hits())
                .extracting(h -> h.id()).containsExactlyInAnyOrder("updated", "kept", "recreated", "new", "newer");
        assertThat(client.get(g -> g.index(alias).id("updated"), Map.class).source()).containsEntry("title", "after");
        assertThat(client.get(g -> g.index(alias).id("recreated"), Map.class).source()).containsEntry("title", "after");
        assertThat(report.copied()).isEqualTo(4);
        assertThat(report.caughtUp()).isEqualTo(2);
        assertThat(report.removed()).isEqualTo(1);
    }

    /** The hub's indices under this prefix, from the shipped templates. */
    private IndexCatalog applied(String prefix) throws IOException {
        IndexCatalog catalog = new IndexCatalog(prefix, "classpath*:elasticsearch/templates/*.json");
        new IndexManager(client, catalog).applyAll();
        return catalog;
    }

    /** The catalog after a developer changed the listings template (as given) and bumped its version. */
    private static IndexCatalog bumped(String prefix, Path templates, UnaryOperator<String> change) throws IOException {
        IndexCatalog shipped = new IndexCatalog(prefix, "classpath*:elasticsearch/templates/*.json");
        long version = shipped.get("listings").templateVersion();
        String template = new ClassPathResource("elasticsearch/templates/listings.json").getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("\"version\": " + version, "\"version\": " + (version + 1));
        Files.writeString(templates.resolve("listings.json"), change.apply(template));
        return new IndexCatalog(prefix, templates.toUri() + "*.json");
    }

    @Test
    void aVersionThatOnlyAddedFieldsIsAppliedInPlaceWithoutAReindex(@TempDir Path templates) throws IOException {
        // The index was made by a hub whose template was the version before, without the added fields.
        String prefix = EsTestClient.uniquePrefix("inplace");
        IndexDefinition current = new IndexCatalog(prefix, "classpath*:elasticsearch/templates/*.json").get("listings");
        List<String> added = current.addedFields().get(current.templateVersion());
        ObjectNode before = (ObjectNode) new ObjectMapper().readTree(current.template());
        before.put("version", current.templateVersion() - 1);
        ((ObjectNode) before.path("_meta")).remove("added_fields");
        ((ObjectNode) before.path("template").path("mappings").path("properties")).remove(added);
        Files.writeString(templates.resolve("listings.json"), before.toString());
        IndexCatalog old = new IndexCatalog(prefix, templates.toUri() + "*.json");
        new IndexManager(client, old).applyAll();
        String alias = current.alias();
        client.index(i -> i.index(alias).id("old").document(Map.of("id", "old", "title", "毫米波雷达")));

        IndexManager manager = new IndexManager(client, new IndexCatalog(prefix, "classpath*:elasticsearch/templates/*.json"));
        manager.applyAll();
        manager.applyAll();

        assertThat(manager.indicesBehind(alias)).containsExactly(alias + "-v1");
        assertThat(client.indices().getMapping(m -> m.index(alias)).get(alias + "-v1").mappings().properties())
                .containsKeys(added.toArray(String[]::new));
        assertThat(manager.templateVersionOf(alias + "-v1")).isEqualTo(current.templateVersion());
        assertThat(new IndexStatus(new IndexCatalog(prefix, "classpath*:elasticsearch/templates/*.json"), manager).all())
                .filteredOn(e -> e.name().equals("listings")).singleElement()
                .satisfies(e -> assertThat(e.reindexDue()).isFalse());
        Map<String, Object> withField = new HashMap<>(Map.of("id", "new"));
        // A value of each added field's type: a vector its dimensions, an object (consent) an object, a keyword a text.
        JsonNode properties = new ObjectMapper().readTree(current.template()).path("template").path("mappings").path("properties");
        added.forEach(field -> {
            JsonNode mapping = properties.path(field);
            withField.put(field, mapping.path("type").asText().equals("dense_vector")
                    ? java.util.Collections.nCopies(mapping.path("dims").asInt(), 0.1f)
                    : mapping.has("properties") ? Map.of() : "x");
        });
        client.index(i -> i.index(alias).id("new").document(withField));
        assertThat(client.get(g -> g.index(alias).id("old"), Map.class).found()).isTrue();
    }
}
