package org.loungehub.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real models, in process (each loads in a few seconds). */
class EmbedderTest {

    private static Embedder embedder;

    @BeforeAll
    static void load() {
        embedder = new Embedder(new EmbeddingProperties(true, Duration.ofSeconds(5), 64, 0), new SimpleMeterRegistry());
    }

    @AfterAll
    static void close() {
        embedder.destroy();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void gives512DimensionalUnitVectorsInOrderAndCountsTheModelsTexts() {
        long before = embedder.modelTexts();
        List<String> texts = List.of("智能养老健康监测设备", "老年人健康监护可穿戴传感器", "水运工程施工项目全过程管理");

        List<float[]> vectors = embedder.embedAll(VectorSpace.ZH, texts);

        assertThat(VectorSpace.ZH.model().id()).isEqualTo("bge-small-zh-v1.5-q");
        assertThat(vectors).hasSize(3).allSatisfy(v -> {
            assertThat(v).hasSize(512);
            assertThat(cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        });
        assertThat(embedder.modelTexts() - before).isEqualTo(3);
        assertThat(embedder.loadMillis(VectorSpace.ZH)).isPositive();
        // In order, and the same as one by one.
        assertThat(cosine(vectors.get(2), embedder.embed(VectorSpace.ZH, texts.get(2)))).isGreaterThan(0.999);
        assertThat(cosine(vectors.get(0), vectors.get(1))).isGreaterThan(cosine(vectors.get(0), vectors.get(2)));
    }

    @Test
    void theEnglishModelTellsJobTitlesApartWhereTheChineseOneDoesNot() {
        String backend = "Senior Backend Engineer";
        String variant = "Senior Back End Engineer at Wix";
        String other = "Operator";

        float[] query = embedder.embed(VectorSpace.EN, backend);

        assertThat(query).hasSize(384);
        assertThat(cosine(query, query)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(cosine(query, embedder.embed(VectorSpace.EN, variant)))
                .isGreaterThan(cosine(query, embedder.embed(VectorSpace.EN, other)) + 0.1);
        assertThat(VectorSpace.forQuery("en")).isEqualTo(VectorSpace.EN);
        assertThat(VectorSpace.forQuery("zh")).isEqualTo(VectorSpace.ZH);
        assertThat(VectorSpace.EN.covers("zh")).isFalse();
        assertThat(VectorSpace.EN.covers("en")).isTrue();
        assertThat(VectorSpace.ZH.covers("en")).isTrue();
    }

    @Test
    void aTextLongerThanTheWindowIsEmbeddedAsItsFirst508Tokens() {
        String longText = "青岛以色列国际客厅为以色列科技创新企业提供展示推介路演服务。".repeat(40);

        assertThat(cosine(embedder.embed(VectorSpace.ZH, longText),
                embedder.embed(VectorSpace.ZH, embedder.truncate(VectorSpace.ZH, longText)))).isGreaterThan(0.999);
    }

    @Test
    void aListingTextAlreadyCutGivesTheSameVectorWithoutASecondCut() {
        String longText = "Millimeter-wave radar for contactless vital-sign monitoring of the elderly. ".repeat(60);
        EmbeddingText text = EmbeddingText.of(embedder, VectorSpace.EN, "Radar", List.of("elderly care"), longText);

        List<float[]> vectors = embedder.embedTexts(VectorSpace.EN, List.of(text));

        assertThat(text.text().length()).isLessThan(longText.length());
        assertThat(cosine(vectors.get(0), embedder.embed(VectorSpace.EN, text.text()))).isGreaterThan(0.9999);
        assertThat(embedder.embedTexts(VectorSpace.EN, List.of())).isEmpty();
    }

    @Test
    void refusesABlankText() {
        assertThatThrownBy(() -> embedder.embed(VectorSpace.EN, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
