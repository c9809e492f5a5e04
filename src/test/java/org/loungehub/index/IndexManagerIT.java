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
        IndexCatalog v1 = new IndexCatalog(prefix, "classpath*:elasticsearch/templates/*.json");
        new IndexManager(client, v1).applyAll();
        String alias = v1.get("listings").alias();
        client.index(i -> i.index(alias).id("a").document(Map.of("id", "a", "title", "毫米波雷达")));
        client.index(i -> i.index(alias).id("b").document(Map.of("id", "b", "title", "first")));
        client.index(i -> i.index(alias).id("b").document(Map.of("id", "b", "title", "second")));
        client.indices().refresh(r -> r.index(alias));

        // A developer changes the mapping and bumps the template's version.
        long version = v1.get("listings").templateVersion();
        String changed = new ClassPathResource("elasticsearch/templates/listings.json").getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("\"version\": " + version, "\"version\": " + (version + 1))
                .replace("\"stage\": { \"type\": \"keyword\" }", "\"stage\": { \"type\": \"keyword\" },\n\"stageNote\": { \"type\": \"text\" }");
        Files.writeString(templates.resolve("listings.json"), changed);
        IndexCatalog v2 = new IndexCatalog(prefix, templates.toUri() + "*.json");
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
        JsonNode properties = new ObjectMapper().readTree(current.template()).path("template").path("mappings").path("properties");
        added.forEach(field -> withField.put(field, properties.path(field).path("type").asText().equals("dense_vector")
                ? java.util.Collections.nCopies(properties.path(field).path("dims").asInt(), 0.1f) : "x"));
        client.index(i -> i.index(alias).id("new").document(withField));
        assertThat(client.get(g -> g.index(alias).id("old"), Map.class).found()).isTrue();
    }
}
