package org.loungehub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label the pages use exists in Chinese and in English, and the two bundles have the same keys. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.]*)[}(]");
    /** Keys the pages build from values: each value of these vocabularies needs a label. */
    private static final Set<String> BUILT = Set.of("kind.company", "kind.technology", "kind.talent", "kind.capital",
            "side.supply", "side.demand", "role.admin", "role.staff", "role.partner", "signal.bm25", "signal.vector",
            "signal.concepts", "facet.kind", "facet.side", "facet.country", "facet.industry", "facet.partner",
            "facet.language", "overview.chart.kind", "overview.chart.side", "overview.chart.country",
            "overview.chart.industry", "overview.chart.gap", "error.notFound", "error.badRequest", "error.forbidden");

    @Test
    void bothLanguagesHaveTheSameLabels() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("zh_CN").stringPropertyNames());
    }

    @Test
    void everyLabelThePagesUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>(BUILT);
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/console"))) {
            for (Path template : templates.toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("zh_CN").stringPropertyNames()).containsAll(used);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/console/messages_" + locale + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
