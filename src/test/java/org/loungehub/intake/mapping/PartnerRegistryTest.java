package org.loungehub.intake.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerRegistryTest {

    private static PartnerRegistry registry(String partnersDir) {
        return new PartnerRegistry(new DefaultResourceLoader(), new StandardEnvironment(), partnersDir);
    }

    @Test
    void addsPartnersFromTheExtraFolderAndLetsThemReplaceShippedOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("incubator-herzliya.yaml"), "id: incubator-herzliya\nformat: json\n");
        Files.writeString(dir.resolve("csl-offers.yaml"), "id: csl-offers\nformat: xlsx\n");
        Files.writeString(dir.resolve("notes.txt"), "not a configuration");

        PartnerRegistry registry = registry(dir.toString());

        // Ids ending in -test are the test partners of src/test/resources/partners, on the same classpath folder.
        assertThat(registry.all()).extracting(PartnerConfig::id).filteredOn(id -> !id.endsWith("-test"))
                .containsExactly("csl-offers", "evaluation", "incubator-herzliya", "lounge-desk", "techmap-companies",
                        "techmap-jobs");
        assertThat(registry.find("csl-offers")).get().extracting(PartnerConfig::origin)
                .isEqualTo(dir.resolve("csl-offers.yaml").toString());
        assertThat(registry.find("nobody")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    @Test
    void refusesToStartWithAnInvalidConfigurationNamingFileAndKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "id: broken\nfields:\n  titel: name\n");

        assertThatThrownBy(() -> registry(dir.toString()))
                .isInstanceOf(InvalidPartnerConfigException.class)
                .hasMessageContaining(file + ": fields.titel: unknown canonical field 'titel'");
    }

    @Test
    void refusesAPartnersDirThatIsNotAFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> registry(dir.resolve("missing").toString()))
                .isInstanceOf(InvalidPartnerConfigException.class)
                .hasMessageContaining("hub.intake.partners-dir");
    }
}
