package org.loungehub.concept;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.loungehub.concept.TaggedListing.Retag;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingDraft;
import org.loungehub.normalize.CountryResolver;
import org.loungehub.normalize.IntakeLimits;
import org.loungehub.normalize.LanguageDetector;
import org.loungehub.normalize.ListingNormalizer;
import org.loungehub.normalize.NormalizationResult;
import org.loungehub.normalize.OrganizationNames;
import org.loungehub.taxonomy.Taxonomy;

/** A stored listing re-tagged: exactly the intake's concepts under the same vocabulary, the new ones under another. */
class TaggedListingTest {

    private static final Taxonomy TAXONOMY = new Taxonomy();
    private static final ListingConcepts SHIPPED = new ListingConcepts(new ConceptVocabulary(TAXONOMY), TAXONOMY);
    private static final ListingNormalizer NORMALIZER = new ListingNormalizer(TAXONOMY, new CountryResolver(),
            new LanguageDetector(), new OrganizationNames(), IntakeLimits.defaults(), SHIPPED);
    /** As the intake writes a listing and Elasticsearch gives it back. */
    private static final ObjectMapper STORED = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final String HEADER = "id\tbroader\tzh\ten\the\n";

    static List<Map<String, Object>> records() {
        return List.of(
                Map.of("externalId", "R-42", "kind", "company", "title", "4D imaging radar for contactless health monitoring",
                        "description", "Monitors breathing and heart rate in elderly-care homes without cameras.",
                        "industries", List.of("Health", "IoT", "Underwater basket weaving"), "keywords", "radar; 4D, elderly care"),
                Map.of("externalId", "D-7", "kind", "technology", "side", "demand", "title", "寻求毫米波雷达养老健康监测方案",
                        "description", "面向居家老人的跌倒检测与生命体征监测。", "keywords", "智慧养老;可穿戴设备",
                        "industries", List.of("2630")),
                Map.of("externalId", "J-1", "kind", "talent", "side", "demand", "title", "Senior Backend Engineer (Java, Kafka)"));
    }

    private static Listing intake(Map<String, Object> fields) {
        NormalizationResult result = NORMALIZER.normalize(new ListingDraft("lounge-desk", "b-1", 1, "json", Map.of(),
                new HashMap<>(fields)));
        assertThat(result.errors()).isEmpty();
        return result.listing();
    }

    private static TaggedListing stored(Listing listing) throws Exception {
        Map<?, ?> source = STORED.readValue(STORED.writeValueAsString(listing), Map.class);
        return TaggedListing.of(listing.id(), 3, 1, source);
    }

    @ParameterizedTest
    @MethodSource("records")
    void aStoredListingReTaggedUnderTheSameVocabularyGetsExactlyTheIntakesConcepts(Map<String, Object> record) throws Exception {
        Listing listing = intake(record);

        Retag retag = stored(listing).retag(SHIPPED);

        assertThat(listing.concepts()).isNotEmpty();
        assertThat(listing.conceptsVersion()).isEqualTo(SHIPPED.version());
        assertThat(retag.concepts()).isEqualTo(listing.concepts());
        assertThat(retag.changed()).isFalse();
        assertThat(retag.update()).containsOnlyKeys("concepts", "conceptsVersion")
                .containsEntry("conceptsVersion", SHIPPED.version());
    }

    @Test
    void aListingTaggedUnderAnOlderVocabularyGetsTheConceptsOfTheNewOneWithTheirBroaderOnes() throws Exception {
        ConceptVocabulary before = new ConceptVocabulary(TAXONOMY, Map.of("test.tsv", HEADER
                + "radar\tiot\t雷达\tradar\t\n"));
        // An operator adds a concept, and a label the text uses, below radar.
        ConceptVocabulary after = new ConceptVocabulary(TAXONOMY, Map.of("test.tsv", HEADER
                + "radar\tiot\t雷达\tradar\t\n"
                + "ground-penetrating-radar\tradar\t探地雷达\tground-penetrating radar|GPR\t\n"));
        ListingConcepts oldTagger = new ListingConcepts(before, TAXONOMY);
        ListingConcepts newTagger = new ListingConcepts(after, TAXONOMY);
        List<String> keywords = List.of("GPR", "utilities");
        List<String> old = oldTagger.of("Utility mapping", "Finds pipes under streets.", keywords, List.of());
        TaggedListing listing = new TaggedListing("lounge-desk:g-1", 5, 1, "Utility mapping", "Finds pipes under streets.",
                keywords, List.of(), old, before.version());

        Retag retag = listing.retag(newTagger);

        assertThat(old).isEmpty();
        assertThat(before.version()).isNotEqualTo(after.version());
        assertThat(retag.concepts()).containsExactly("ground-penetrating-radar", "iot", "radar");
        assertThat(retag.changed()).isTrue();
        assertThat(retag.version()).isEqualTo(after.version());
        assertThat(retag.listing().seqNo()).isEqualTo(5);
    }

    @Test
    void readsWhatElasticsearchGivesBackWhateverItsShape() {
        TaggedListing listing = TaggedListing.of("p:1", 1, 1, Map.of("title", "雷达", "keywords", "radar",
                "concepts", List.of("radar")));

        assertThat(listing.keywords()).containsExactly("radar");
        assertThat(listing.originalIndustries()).isEmpty();
        assertThat(listing.description()).isNull();
        assertThat(listing.conceptsVersion()).isNull();
        assertThat(TaggedListing.of("p:2", 1, 1, null).concepts()).isEmpty();
    }
}
