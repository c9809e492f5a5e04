package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loungehub.concept.ConceptVocabulary;
import org.loungehub.concept.ListingConcepts;
import org.loungehub.taxonomy.Taxonomy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class NormalizeConfigurationTest {

    @Configuration
    @EnableConfigurationProperties(IntakeLimits.class)
    @Import({ListingNormalizer.class, Taxonomy.class, CountryResolver.class, LanguageDetector.class,
            OrganizationNames.class, ListingConcepts.class, ConceptVocabulary.class})
    static class Normalize {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Normalize.class);

    @Test
    void wiresTheNormalizerWithDefaultLimits() {
        context.run(c -> {
            assertThat(c).hasSingleBean(ListingNormalizer.class);
            assertThat(c.getBean(IntakeLimits.class)).isEqualTo(IntakeLimits.defaults());
        });
    }

    @Test
    void readsLimitsFromHubIntakeLimits() {
        context.withPropertyValues("hub.intake.limits.title=300", "hub.intake.limits.keywords=50")
                .run(c -> assertThat(c.getBean(IntakeLimits.class)).isEqualTo(new IntakeLimits(300, 20000, 1000, 50)));
    }
}
