package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationOptionsTest {

    @Test
    void defaultsToEverySetAndConfigurationOnTheSharedData() {
        EvaluationOptions options = EvaluationOptions.parse(List.of(), "http://localhost:8080");

        assertThat(options.hub()).isEqualTo("http://localhost:8080");
        assertThat(options.sets()).containsExactly("all");
        assertThat(options.data()).isEqualTo(Path.of("../shared/data"));
        assertThat(options.limitQueries()).isNull();
        assertThat(options.configurations()).extracting(SignalConfiguration::name)
                .containsExactly("bm25", "vector", "concepts", "fused");
        assertThat(options.configurations().get(3).signals()).isNull();
        assertThat(options.out()).isEqualTo(Path.of("target/evaluation"));
        assertThat(options.embeddingsTimeout()).isEqualTo(Duration.ofSeconds(900));
        assertThat(options.remove()).isFalse();
        assertThat(options.apiKey()).isNull();
    }

    @Test
    void takesTheApiKeyFromTheOptionElseFromTheDefault() {
        assertThat(EvaluationOptions.parse(List.of(), "h", "from-env").apiKey()).isEqualTo("from-env");
        assertThat(EvaluationOptions.parse(List.of("--api-key", "given"), "h", "from-env").apiKey()).isEqualTo("given");
        assertThat(EvaluationOptions.parse(List.of(), "h", " ").apiKey()).isNull();
    }

    @Test
    void takesEveryOption() {
        EvaluationOptions options = EvaluationOptions.parse(List.of("--hub", "http://hub:9090", "--set", "zh-to-en, en-to-zh",
                "--data", "/data", "--limit-queries", "10", "--signals", "fused,bm25", "--out", "/tmp/eval",
                "--embeddings-timeout", "60"), "http://localhost:8080");

        assertThat(options.hub()).isEqualTo("http://hub:9090");
        assertThat(options.sets()).containsExactly("zh-to-en", "en-to-zh");
        assertThat(options.limitQueries()).isEqualTo(10);
        assertThat(options.configurations()).extracting(SignalConfiguration::name).containsExactly("fused", "bm25");
        assertThat(options.configurations().get(1).signals()).containsExactly("bm25");
        assertThat(options.embeddingsTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(EvaluationOptions.parse(List.of("--remove", "--hub", "http://hub:9090"), "h").remove()).isTrue();
    }

    @Test
    void refusesWhatItCannotTakeAndShowsTheUsage() {
        assertThatThrownBy(() -> EvaluationOptions.parse(List.of("--signals", "bm25,magic"), "h"))
                .hasMessageContaining("'magic' is unknown; use some of bm25,vector,concepts,fused");
        assertThatThrownBy(() -> EvaluationOptions.parse(List.of("--limit-queries", "0"), "h"))
                .hasMessageContaining("--limit-queries needs a whole number above 0");
        assertThatThrownBy(() -> EvaluationOptions.parse(List.of("--sets", "all"), "h"))
                .hasMessageContaining("unknown option --sets").hasMessageContaining("usage: evaluate");
        assertThatThrownBy(() -> EvaluationOptions.parse(List.of("--hub"), "h")).hasMessageContaining("--hub needs a value");
        assertThatThrownBy(() -> DevelopmentSets.defaults().select(List.of("techmap")))
                .hasMessageContaining("No set 'techmap': use one of [techmap-companies, zh-to-en, csl-disciplines, en-to-zh, techmap-jobs] or all");
    }
}
