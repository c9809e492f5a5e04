package org.loungehub.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddingTextTest {

    private static final String MODEL = VectorSpace.ZH.model().id();
    private static TokenWindow window;

    @BeforeAll
    static void tokenizer() {
        window = new TokenWindow(InProcessModel.tokenizer(VectorSpace.ZH.model()), VectorSpace.MAX_TOKENS);
    }

    @AfterAll
    static void close() {
        window.close();
    }

    private static EmbeddingText text(String title, List<String> keywords, String description) {
        return EmbeddingText.of(MODEL, window::cut, title, keywords, description);
    }

    @Test
    void isTitleKeywordsAndDescriptionOnePerLine() {
        EmbeddingText text = text(" 海洋生物保健食品提取技术 ", List.of("海洋生物", " 保健食品 "), "从海藻中提取活性成分。");

        assertThat(text.text()).isEqualTo("海洋生物保健食品提取技术\n海洋生物; 保健食品\n从海藻中提取活性成分。");
    }

    @Test
    void leavesOutMissingAndBlankParts() {
        assertThat(text("Elderly-care monitoring", null, null).text()).isEqualTo("Elderly-care monitoring");
        assertThat(text("Title", Arrays.asList(" ", null, ""), "  ").text()).isEqualTo("Title");
        assertThat(text(null, List.of("ai"), "Description").text()).isEqualTo("ai\nDescription");
    }

    @Test
    void isDeterministicAndKeyedBySha256OfModelAndText() {
        EmbeddingText first = text("毫米波雷达", List.of("雷达"), "车载毫米波雷达芯片");
        EmbeddingText second = text("毫米波雷达", List.of("雷达"), "车载毫米波雷达芯片");

        assertThat(second).isEqualTo(first);
        assertThat(first.key()).matches("[0-9a-f]{64}");
        // sha256("bge-small-zh-v1.5-q\nabc"), computed independently
        assertThat(EmbeddingText.key(MODEL, "abc")).isEqualTo(sha256(MODEL + "\nabc"));
    }

    @Test
    void keyChangesWithTheTextOrTheModelOnly() {
        EmbeddingText base = text("毫米波雷达", List.of("雷达"), "车载毫米波雷达芯片");

        assertThat(text("毫米波雷达", List.of("雷达"), "车载毫米波雷达芯片。").key()).isNotEqualTo(base.key());
        assertThat(text("毫米波雷达", List.of("激光"), "车载毫米波雷达芯片").key()).isNotEqualTo(base.key());
        assertThat(EmbeddingText.key("another-model", base.text())).isNotEqualTo(base.key());
    }

    @Test
    void aShortTextIsKeptWhole() {
        String description = "采用修正的Rodrigues参数(MRP),建立了飞行器姿态控制系统的数学模型。".repeat(3);

        assertThat(text("飞行器", List.of(), description).text()).endsWith(description);
    }

    @Test
    void aLongTextIsCutToTheModelsWindowOnWholeWords() {
        String chinese = "青岛以色列国际客厅为以色列科技创新企业提供展示推介路演服务".repeat(40); // ~1,160 tokens
        String english = "elderly-care health monitoring with wearable sensors ".repeat(120);

        for (String description : List.of(chinese, english)) {
            EmbeddingText text = text("Title", List.of("k"), description);
            assertThat(window.count(text.text())).isLessThanOrEqualTo(VectorSpace.MAX_TOKENS).isGreaterThan(VectorSpace.MAX_TOKENS - 10);
            assertThat(("Title\nk\n" + description.strip()).startsWith(text.text())).isTrue();
            assertThat(text("Title", List.of("k"), description)).isEqualTo(text);
        }
        String cutEnglish = text("Title", List.of("k"), english).text();
        assertThat(cutEnglish).matches("(?s).*\\b(elderly|care|health|monitoring|with|wearable|sensors|-)$");
    }

    @Test
    void cutsCorrectlyAfterCharactersOutsideTheBasicPlane() {
        String description = "😀 智能穿戴 𠀀 健康监测 ".repeat(200);

        String cut = text("标题", null, description).text();

        assertThat(window.count(cut)).isLessThanOrEqualTo(VectorSpace.MAX_TOKENS);
        assertThat(("标题\n" + description.strip()).startsWith(cut)).isTrue();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
