package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.concept.ConceptVocabulary;
import org.loungehub.concept.ListingConcepts;
import org.loungehub.listing.Consent;
import org.loungehub.listing.Contact;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.FieldWarning;
import org.loungehub.listing.GeoPoint;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingDraft;
import org.loungehub.listing.SourceInfo;
import org.loungehub.taxonomy.Taxonomy;

class ListingNormalizerTest {

    private static final Taxonomy TAXONOMY = new Taxonomy();
    private static final CountryResolver COUNTRIES = new CountryResolver();
    private static final ListingConcepts CONCEPTS = new ListingConcepts(new ConceptVocabulary(TAXONOMY), TAXONOMY);

    private final ListingNormalizer normalizer = normalizer(IntakeLimits.defaults());

    private static ListingNormalizer normalizer(IntakeLimits limits) {
        return new ListingNormalizer(TAXONOMY, COUNTRIES, new LanguageDetector(), new OrganizationNames(), limits,
                CONCEPTS);
    }

    private static Map<String, Object> radar() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("externalId", "R-42");
        fields.put("kind", "company");
        fields.put("side", "supply");
        fields.put("title", "  4D imaging radar for\ncontactless health monitoring ");
        fields.put("description", "Monitors breathing and heart rate in elderly-care homes without cameras.");
        fields.put("organization", "Vayyar Imaging Ltd.");
        fields.put("country", "Israel");
        fields.put("city", " Yehud ");
        fields.put("lat", "32.03");
        fields.put("lon", "34.89");
        fields.put("industries", List.of("Health", "IoT", "Underwater basket weaving"));
        fields.put("keywords", "radar; 4D, radar，elderly care");
        fields.put("stage", " Growth ");
        fields.put("website", "vayyar.com");
        fields.put("contact.name", " Dana Levi ");
        fields.put("contact.email", "Dana@Vayyar.com");
        fields.put("contact.phone", "03-1234567");
        fields.put("updatedAt", "2024-02-28T10:00:00Z");
        fields.put("validUntil", "2025年12月31日");
        return fields;
    }

    private static ListingDraft draft(Map<String, Object> fields) {
        return new ListingDraft("techmap", "batch-7", 3, "json", Map.of("name", "Vayyar"), fields);
    }

    private Listing accepted(Map<String, Object> fields) {
        NormalizationResult result = normalizer.normalize(draft(fields));
        assertThat(result.errors()).isEmpty();
        return result.listing();
    }

    /** Accepted without the optional fields it had wrong: the warnings. */
    private List<FieldWarning> warned(Map<String, Object> fields, Listing[] listing) {
        NormalizationResult result = normalizer.normalize(draft(fields));
        assertThat(result.errors()).isEmpty();
        listing[0] = result.listing();
        return result.warnings();
    }

    private List<FieldError> rejected(Map<String, Object> fields) {
        NormalizationResult result = normalizer.normalize(draft(fields));
        assertThat(result.isAccepted()).isFalse();
        return result.errors();
    }

    @Test
    void turnsAMappedPartnerRecordIntoACanonicalListing() {
        Listing listing = accepted(radar());

        assertThat(listing.id()).isEqualTo("techmap:R-42");
        assertThat(listing.partnerId()).isEqualTo("techmap");
        assertThat(listing.externalId()).isEqualTo("R-42");
        assertThat(listing.kind()).isEqualTo("company");
        assertThat(listing.side()).isEqualTo("supply");
        assertThat(listing.title()).isEqualTo("4D imaging radar for contactless health monitoring");
        assertThat(listing.language()).isEqualTo("en");
        assertThat(listing.organization()).isEqualTo("Vayyar Imaging Ltd.");
        assertThat(listing.entityId()).isEqualTo("IL|vayyar imaging");
        assertThat(listing.country()).isEqualTo("IL");
        assertThat(listing.city()).isEqualTo("Yehud");
        assertThat(listing.location()).isEqualTo(new GeoPoint(32.03, 34.89));
        assertThat(listing.industryClusters()).contains("medicine-medical-devices", "healthcare-services", "iot");
        assertThat(listing.industries()).contains("2630", "86");
        assertThat(listing.industryLabels()).contains("物联网", "Internet of things");
        assertThat(listing.originalIndustries()).containsExactly("Health", "IoT", "Underwater basket weaving");
        assertThat(listing.keywords()).containsExactly("radar", "4D", "elderly care");
        assertThat(listing.stage()).isEqualTo("growth");
        assertThat(listing.website()).isEqualTo("https://vayyar.com");
        assertThat(listing.contact()).isEqualTo(new Contact("Dana Levi", "dana@vayyar.com", "+97231234567"));
        assertThat(listing.updatedAt()).isEqualTo(Instant.parse("2024-02-28T10:00:00Z"));
        assertThat(listing.validUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(listing.contentHash()).matches("[0-9a-f]{64}");
        assertThat(listing.source()).isEqualTo(new SourceInfo("techmap", "batch-7", 3, "json", Map.of("name", "Vayyar")));
    }

    @Test
    void acceptsChineseKindsAndSidesAndDetectsChinese() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("externalId", "CSL-0001");
        fields.put("kind", "成果");
        fields.put("side", "需求");
        fields.put("title", "一种海洋微藻保健食品的制备方法");
        fields.put("industries", "食品科学与工程");
        fields.put("country", "中国");
        fields.put("contact.phone", "138 1234 5678");
        fields.put("organization", "青島海洋生物科技有限公司");

        Listing listing = accepted(fields);

        assertThat(listing.kind()).isEqualTo("technology");
        assertThat(listing.side()).isEqualTo("demand");
        assertThat(listing.language()).isEqualTo("zh");
        assertThat(listing.industryClusters()).containsExactly("marine-biology-health-food");
        assertThat(listing.contact().phone()).isEqualTo("+8613812345678");
        assertThat(listing.entityId()).isEqualTo("CN|青岛海洋生物科技");
    }

    @Test
    void defaultsToSupplyAndLeavesOptionalFieldsEmpty() {
        Listing listing = accepted(new HashMap<>(Map.of("externalId", "1", "kind", "talent", "title", "Senior radar engineer")));

        assertThat(listing.side()).isEqualTo("supply");
        assertThat(listing.contact()).isNull();
        assertThat(listing.location()).isNull();
        assertThat(listing.country()).isNull();
        assertThat(listing.entityId()).isNull();
        assertThat(listing.updatedAt()).isNull();
        assertThat(listing.industries()).isEmpty();
        assertThat(listing.keywords()).isEmpty();
    }

    @Test
    void keepsAGivenLanguageInItsIsoForm() {
        Map<String, Object> fields = radar();
        fields.put("language", "עברית");
        assertThat(accepted(fields).language()).isEqualTo("he");
        fields.put("language", "zh-CN");
        assertThat(accepted(fields).language()).isEqualTo("zh");
    }

    @Test
    void reportsABadDateAndAMissingTitleTogether() {
        Map<String, Object> fields = radar();
        fields.remove("title");
        fields.put("updatedAt", "31/02/2024x");

        assertThat(rejected(fields)).containsExactly(
                new FieldError(3, "title", "is missing; every listing needs a title"),
                new FieldError(3, "updatedAt", "'31/02/2024x' is not a date; use ISO 8601 such as 2024-02-28 or"
                        + " 2024-02-28T10:00:00Z"));
    }

    @Test
    void rejectsAnOversizedTitleNamingTheLimit() {
        Map<String, Object> fields = radar();
        fields.put("title", "x".repeat(501));

        assertThat(rejected(fields)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("title");
            assertThat(error.reason()).contains("501 characters").contains("limit is 500")
                    .contains("hub.intake.limits.title");
        });
    }

    @Test
    void appliesConfiguredLimits() {
        ListingNormalizer strict = normalizer(new IntakeLimits(10, 20, 5, 2));
        Map<String, Object> fields = radar();
        fields.put("title", "short");
        fields.put("keywords", "a, b, c");
        fields.put("city", "Tel Aviv-Yafo");
        fields.put("description", "d".repeat(21));

        assertThat(strict.normalize(draft(fields)).errors()).extracting(FieldError::field)
                .contains("keywords", "city", "description");
    }

    @Test
    void requiresExternalIdAndKindAndExplainsAcceptedValues() {
        Map<String, Object> fields = radar();
        fields.remove("externalId");
        fields.put("kind", "startup");
        fields.put("side", "both");

        List<FieldError> errors = rejected(fields);
        assertThat(errors).extracting(FieldError::field).containsExactly("externalId", "kind", "side");
        assertThat(errors.get(1).reason()).isEqualTo("'startup' is not a kind; use company, technology, talent or"
                + " capital (企业, 技术, 人才, 资本)");
    }

    @Test
    void rejectsExternalIdsWithControlCharactersOrOver450Characters() {
        Map<String, Object> fields = radar();
        fields.put("externalId", "R-\u000142");
        assertThat(rejected(fields)).extracting(FieldError::field).containsExactly("externalId");
        fields.put("externalId", "x".repeat(451));
        assertThat(rejected(fields)).singleElement().satisfies(e -> assertThat(e.reason()).contains("limit is 450"));
    }

    @Test
    void rejectsAnUnknownCountryWithAHint() {
        Map<String, Object> fields = radar();
        fields.put("country", "Atlantis");
        assertThat(rejected(fields)).containsExactly(new FieldError(3, "country", "'Atlantis' is not a known country;"
                + " use an ISO code such as IL or CN, or its name in English, Chinese or Hebrew"));
    }

    @Test
    void rejectsAnUnknownLanguage() {
        Map<String, Object> fields = radar();
        fields.put("language", "Klingon");
        assertThat(rejected(fields)).extracting(FieldError::field).containsExactly("language");
    }

    @Test
    void dropsTheLocationWithAWarningUnlessBothCoordinatesAreWithinRange() {
        Map<String, Object> fields = radar();
        Listing[] listing = new Listing[1];
        fields.remove("lon");
        assertThat(warned(fields, listing)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("lon");
            assertThat(w.reason()).contains("send both or neither");
        });
        assertThat(listing[0].location()).isNull();

        fields.put("lon", "190");
        fields.put("lat", "north");
        assertThat(warned(fields, listing)).extracting(FieldWarning::field, FieldWarning::value)
                .containsExactly(tuple("lat", "north"), tuple("lon", "190"));
        assertThat(listing[0].location()).isNull();
        assertThat(listing[0].city()).isEqualTo("Yehud");
    }

    @Test
    void dropsAMalformedWebsiteEmailAndPhoneWithWarningsAndKeepsTheRest() {
        Map<String, Object> fields = radar();
        fields.put("contact.email", "dana at vayyar");
        fields.put("contact.phone", "call reception");
        fields.put("website", "not a url");
        Listing[] listing = new Listing[1];

        List<FieldWarning> warnings = warned(fields, listing);

        assertThat(warnings).extracting(FieldWarning::recordNumber, FieldWarning::field, FieldWarning::value).containsExactly(
                tuple(3L, "website", "not a url"),
                tuple(3L, "contact.email", "dana at vayyar"),
                tuple(3L, "contact.phone", "call reception"));
        assertThat(warnings).allSatisfy(w -> assertThat(w.reason()).isNotBlank());
        assertThat(listing[0].website()).isNull();
        assertThat(listing[0].contact()).isEqualTo(new Contact("Dana Levi", null, null));
        assertThat(listing[0].title()).isEqualTo("4D imaging radar for contactless health monitoring");
    }

    /** A person offering their skills (talent supply), with contact data, as a partner's record and its mapping. */
    private static Map<String, Object> person() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("externalId", "T-7");
        fields.put("kind", "人才");
        fields.put("side", "supply");
        fields.put("title", "Radar signal processing engineer, 8 years");
        fields.put("country", "CN");
        fields.put("contact.name", "Li Wei");
        fields.put("contact.email", "Li.Wei@example.cn");
        fields.put("contact.phone", "138 0013 8000");
        return fields;
    }

    private static ListingDraft personDraft(Map<String, Object> fields) {
        Map<String, Object> original = Map.of("name", "Li Wei", "mail", "Li.Wei@example.cn",
                "profile", Map.of("phone", "138 0013 8000", "note", "call 138 0013 8000 after 6pm"), "skills", "radar");
        return new ListingDraft("talent-desk", "batch-9", 4, "json", original, fields);
    }

    @Test
    void keepsTheContactOfATalentListingWhosePersonConsented() {
        Map<String, Object> fields = person();
        fields.put("consent.given", "是");
        fields.put("consent.at", "2026-03-01");
        fields.put("consent.basis", " signed registration form ");

        NormalizationResult result = normalizer.normalize(personDraft(fields));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.listing().consent()).isEqualTo(new Consent(true, Instant.parse("2026-03-01T00:00:00Z"),
                "signed registration form"));
        assertThat(result.listing().contact()).isEqualTo(new Contact("Li Wei", "li.wei@example.cn", "+8613800138000"));
        assertThat(result.listing().source().original()).containsEntry("mail", "Li.Wei@example.cn");
    }

    @Test
    void indexesATalentListingWithoutConsentWithoutItsContactDataAndWarns() {
        for (String given : new String[] {null, "false", "否"}) {
            Map<String, Object> fields = person();
            if (given != null) {
                fields.put("consent.given", given);
            }

            NormalizationResult result = normalizer.normalize(personDraft(fields));

            assertThat(result.isAccepted()).isTrue();
            assertThat(result.listing().contact()).as("consent %s", given).isNull();
            assertThat(result.listing().title()).isEqualTo("Radar signal processing engineer, 8 years");
            assertThat(result.warnings()).singleElement().satisfies(w -> {
                assertThat(w.recordNumber()).isEqualTo(4);
                assertThat(w.field()).isEqualTo("consent.given");
                assertThat(w.value()).isEqualTo(given);
                assertThat(w.reason()).contains("without their consent").contains("contact.email");
            });
            // The original record kept with the listing loses the contact values too, wherever they were.
            assertThat(result.listing().source().original()).isEqualTo(Map.of("profile", Map.of("note", "call  after 6pm"),
                    "skills", "radar"));
        }
    }

    @Test
    void asksNoConsentOfTalentDemandCompaniesOrAPersonWithoutContactData() {
        Map<String, Object> job = person();
        job.put("side", "demand");
        assertThat(normalizer.normalize(personDraft(job)).listing().contact()).isNotNull();
        assertThat(accepted(radar()).contact()).isNotNull();

        Map<String, Object> noContact = person();
        noContact.remove("contact.name");
        noContact.remove("contact.email");
        noContact.remove("contact.phone");
        assertThat(normalizer.normalize(personDraft(noContact)).warnings()).isEmpty();
    }

    @Test
    void dropsMalformedConsentDetailsWithWarningsAndThenTreatsConsentAsNotGiven() {
        Map<String, Object> fields = person();
        fields.put("consent.given", "maybe");
        fields.put("consent.at", "last spring");
        fields.put("consent.basis", "form 12");

        NormalizationResult result = normalizer.normalize(personDraft(fields));

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.warnings()).extracting(FieldWarning::field)
                .containsExactly("consent.given", "consent.at", "consent.given");
        assertThat(result.listing().consent()).isEqualTo(new Consent(null, null, "form 12"));
        assertThat(result.listing().contact()).isNull();
    }

    @Test
    void dropsAnOversizedCityOrStageWithAWarningButRejectsAnOversizedDescription() {
        ListingNormalizer strict = normalizer(new IntakeLimits(100, 30, 30, 20));
        Map<String, Object> fields = radar();
        fields.put("city", "c".repeat(31));
        fields.put("stage", "s".repeat(31));
        fields.put("keywords", "radar");
        fields.put("description", "short");

        NormalizationResult result = strict.normalize(draft(fields));
        assertThat(result.isAccepted()).as(result.errors().toString()).isTrue();
        assertThat(result.warnings()).extracting(FieldWarning::field).containsExactly("city", "stage");
        assertThat(result.listing().city()).isNull();
        assertThat(result.listing().stage()).isNull();

        fields.put("description", "d".repeat(31));
        assertThat(strict.normalize(draft(fields)).isAccepted()).isFalse();
    }

    @Test
    void rejectsAMalformedUpdatedAtOrValidUntilBecauseTheyDecideVersionAndVisibility() {
        Map<String, Object> fields = radar();
        fields.put("validUntil", "soon");
        assertThat(rejected(fields)).extracting(FieldError::field).containsExactly("validUntil");
        fields = radar();
        fields.put("updatedAt", "yesterday");
        assertThat(rejected(fields)).extracting(FieldError::field).containsExactly("updatedAt");
    }

    @Test
    void aRejectedRecordListsItsDroppableProblemsToo() {
        Map<String, Object> fields = radar();
        fields.remove("title");
        fields.put("website", "not a url");

        NormalizationResult result = normalizer.normalize(draft(fields));
        assertThat(result.errors()).extracting(FieldError::field).containsExactly("title", "website");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void keepsLongWarningValuesShort() {
        Map<String, Object> fields = radar();
        fields.put("website", "x".repeat(1000));
        assertThat(warned(fields, new Listing[1])).singleElement()
                .satisfies(w -> assertThat(w.value()).hasSize(200).endsWith("..."));
    }

    @Test
    void ignoresTheDeletionFlag() {
        Map<String, Object> fields = radar();
        fields.put("deleted", "true");
        assertThat(normalizer.normalize(draft(fields)).isAccepted()).isTrue();
    }

    @Test
    void givesTheSameContentTheSameHash() {
        Listing first = accepted(radar());
        Map<String, Object> later = radar();
        later.put("updatedAt", "2024-06-01");
        Listing second = new ListingNormalizer(TAXONOMY, COUNTRIES, new LanguageDetector(), new OrganizationNames(),
                IntakeLimits.defaults(), CONCEPTS).normalize(new ListingDraft("techmap", "batch-8", 9, "csv", Map.of(), later))
                .listing();

        assertThat(second.contentHash()).isEqualTo(first.contentHash());
    }

    @Test
    void givesChangedContentAnotherHash() {
        Map<String, Object> changed = radar();
        changed.put("description", "Monitors breathing and heart rate in hospitals without cameras.");

        assertThat(accepted(changed).contentHash()).isNotEqualTo(accepted(radar()).contentHash());
    }

    @Test
    void fillsConceptsFromTextsKeywordsAndIndustriesWithTheirBroaderConcepts() {
        Listing listing = accepted(radar());

        assertThat(listing.concepts()).contains("imaging-radar", "mmwave-radar", "radar", "sensors",
                "vital-signs-monitoring", "contactless-sensing", "elderly-care", "health", "iot",
                "medicine-medical-devices", "healthcare-services");
        assertThat(listing.concepts()).isSorted().doesNotHaveDuplicates();
        // "Health" spans dental instruments in ISIC; the listing never said so.
        assertThat(listing.concepts()).doesNotContain("stomatology");
    }

    @Test
    void fillsTheSameKindOfConceptsForAChineseListingAndForIsicCodes() {
        Map<String, Object> fields = new HashMap<>(Map.of("externalId", "CSL-1", "kind", "成果",
                "title", "一种海洋微藻保健食品的制备方法", "industries", "食品科学与工程"));
        assertThat(accepted(fields).concepts()).contains("health-food", "marine-biology", "food-science",
                "marine-biology-health-food");

        Map<String, Object> coded = new HashMap<>(Map.of("externalId", "2", "kind", "company", "title", "Generics maker",
                "industries", "2100"));
        assertThat(accepted(coded).concepts()).contains("pharmaceuticals", "generic-drugs", "medicine-medical-devices");
    }
}
