package org.loungehub.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void aChangeDeclaredAdditiveIsPutOnTheServingIndexInPlace(@TempDir Path templates) throws IOException {
        String prefix = EsTestClient.uniquePrefix("inplace");
        String current = new ClassPathResource("elasticsearch/templates/listings.json").getContentAsString(StandardCharsets.UTF_8);
        // The listings index as version 1 made it: without the English-model vector.
        String v1 = current.replaceFirst("\"version\": \\d+", "\"version\": 1").replaceFirst("\"in_place_from\": \\d+,", "")
                .replaceFirst("\\s*\"embeddingEn\": \\{[^}]*},", "").replaceFirst("\\s*\"embeddingEnHash\": \\{[^}]*},", "");
        assertThat(v1).doesNotContain("\"embeddingEn\":");
        Files.writeString(templates.resolve("listings.json"), v1);
        new IndexManager(client, new IndexCatalog(prefix, templates.toUri() + "*.json")).applyAll();
        IndexCatalog catalog = new IndexCatalog(prefix, "classpath*:elasticsearch/templates/listings.json");
        String alias = catalog.get("listings").alias();
        client.index(i -> i.index(alias).id("a").document(Map.of("id", "a", "title", "drip irrigation")));

        IndexManager manager = new IndexManager(client, catalog);
        manager.applyAll();

        assertThat(manager.indicesBehind(alias)).containsExactly(alias + "-v1");
        assertThat(client.indices().getMapping(m -> m.index(alias)).get(alias + "-v1").mappings().properties())
                .containsKeys("embeddingEn", "embeddingEnHash");
        assertThat(new IndexStatus(catalog, manager).all()).singleElement().satisfies(e -> assertThat(e.reindexDue()).isFalse());
        assertThat(client.get(g -> g.index(alias).id("a"), Map.class).source()).containsEntry("title", "drip irrigation");
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
        String changed = new ClassPathResource("elasticsearch/templates/listings.json").getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("\"version\": \\d+", "\"version\": 99").replaceFirst("\"in_place_from\": \\d+", "\"in_place_from\": 99")
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
}
