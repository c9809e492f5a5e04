package org.loungehub.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.TestNode;

/** The project's analysis plugin, installed in a real node, through the real listings template. */
@ExtendWith(TestNode.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisIT {

    private static final List<String> FIELDS = List.of("title", "title.bigram", "title.en", "title.folded",
            "description", "description.bigram", "description.en", "description.folded");

    private ElasticsearchClient client;
    private String alias;

    @BeforeAll
    void indexListings() throws IOException {
        client = EsTestClient.create();
        IndexCatalog catalog = new IndexCatalog(EsTestClient.uniquePrefix("analysis"), "classpath*:elasticsearch/templates/*.json");
        new IndexManager(client, catalog).applyAll();
        alias = catalog.get("listings").alias();
        index("radar", "以色列4D毫米波雷达企业寻求养老社区合作伙伴", "非接触式健康监测，适用于养老机构");
        index("roadshow", "科技企业创新项目推介会", "为科技创新企业提供展示、推介、路演服务");
        index("monitor", "Contactless vital-sign monitoring for elderly care", "A 4D imaging radar watches residents' breathing");
        index("food", "海洋生物保健食品原料供应", "Marine biology health food ingredients");
        index("lounge", "國際客廳數位平台", "以色列與青島企業對接");
        index("cafe", "Café München Kooperation", "Ein Münchner Café sucht Partner");
        client.indices().refresh(r -> r.index(alias));
    }

    private void index(String id, String title, String description) throws IOException {
        client.index(i -> i.index(alias).id(id).document(Map.of("id", id, "title", title, "description", description)));
    }

    private List<String> search(String query) throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index(alias)
                .query(q -> q.multiMatch(m -> m.query(query).fields(FIELDS))), Map.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }

    private List<String> analyze(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(alias).analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }

    @Test
    void chineseAnalyzerYieldsWordsNotSingleCharacters() throws IOException {
        assertThat(analyze("hub_zh", "青岛以色列国际客厅为以色列科技创新企业提供展示、推介、路演"))
                .startsWith("青岛", "以色列", "国际", "客厅")
                .contains("科技", "创新", "企业", "展示", "推介")
                .doesNotContain("、", ",");
    }

    @Test
    void bigramSubfieldKeepsWordsTheSegmenterDoesNotKnow() throws IOException {
        assertThat(analyze("hub_bigram", "推介、路演")).contains("路演");
    }

    @Test
    void chineseQueriesFindTheRightListing() throws IOException {
        assertThat(search("以色列")).first().isIn("radar", "lounge");
        assertThat(search("以色列")).contains("radar", "lounge").doesNotContain("food", "roadshow");
        assertThat(search("毫米波雷达")).first().isEqualTo("radar");
        assertThat(search("路演")).first().isEqualTo("roadshow");
        assertThat(search("路演")).doesNotContain("food", "monitor");
    }

    @Test
    void simplifiedQueryFindsTraditionalText() throws IOException {
        assertThat(search("国际客厅")).first().isEqualTo("lounge");
    }

    @Test
    void englishQueryIsStemmed() throws IOException {
        assertThat(search("monitors")).containsExactly("monitor");
        assertThat(search("elderly")).first().isEqualTo("monitor");
    }

    @Test
    void accentsFold() throws IOException {
        assertThat(search("cafe munchen")).first().isEqualTo("cafe");
    }
}
