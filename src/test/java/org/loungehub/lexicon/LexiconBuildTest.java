package org.loungehub.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LexiconBuildTest {

    private static final Path CEDICT = Path.of("../shared/data/cc-cedict/cedict_ts.u8");
    private static final Path LEXICON = Path.of("infra/lexicon/cedict-zh-en.tsv");

    @Test
    void mergesTheEntriesOfOneSimplifiedHeadwordInDictionaryOrder() throws Exception {
        String tsv = LexiconBuild.build("""
                # CC-CEDICT
                乾燥 干燥 [gan1 zao4] /to dry (of weather, paint, cereal etc)/dry/
                幹燥 干燥 [gan4 zao4] /arid; dry/dull/
                諸葛 诸葛 [Zhu1 ge3] /two-character surname Zhuge/
                """);
        assertThat(tsv).startsWith(LexiconBuild.HEADER).endsWith("干燥\tdry|arid|dull\n");
        assertThat(tsv.lines().filter(l -> !l.startsWith("#"))).containsExactly("干燥\tdry|arid|dull");
    }

    @Test
    void theShippedLexiconIsWhatTheBuildDerivesFromTheSharedCedict() throws Exception {
        assumeTrue(Files.exists(CEDICT), "no ../shared/data: nothing to compare with");
        try (var in = Files.newBufferedReader(CEDICT, StandardCharsets.UTF_8)) {
            assertThat(LexiconBuild.build(in)).isEqualTo(Files.readString(LEXICON, StandardCharsets.UTF_8));
        }
    }
}
