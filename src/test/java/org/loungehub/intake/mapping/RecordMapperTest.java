package org.loungehub.intake.mapping;

import org.junit.jupiter.api.Test;
import org.loungehub.intake.format.RawRecord;
import org.loungehub.listing.FieldError;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class RecordMapperTest {

    private final RecordMapper mapper = new RecordMapper();

    private static PartnerConfig partner(String yaml) {
        return new PartnerConfigParser(s -> s)
                .parse("test.yaml", null, new ByteArrayInputStream(("id: test\n" + yaml).getBytes(UTF_8)));
    }

    private MappingResult map(PartnerConfig partner, Map<String, Object> record) {
        return mapper.map(partner, RawRecord.of(7, record), "b1", "json");
    }

    @Test
    void passesCanonicalKeysThroughWhenTheyAreNotMapped() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("externalId", "il-42");
        record.put("title", "4D imaging radar");
        record.put("keywords", List.of("radar", "elderly care"));
        record.put("contact", Map.of("email", "dana@example.com"));
        record.put("contact.phone", "+972-3-000");
        record.put("lat", new BigDecimal("32.08"));
        record.put("internalScore", 99);

        MappingResult result = map(partner("format: json\n"), record);

        assertThat(result.ok()).isTrue();
        assertThat(result.draft().fields()).containsExactly(
                Map.entry("externalId", "il-42"),
                Map.entry("title", "4D imaging radar"),
                Map.entry("lat", "32.08"),
                Map.entry("keywords", List.of("radar", "elderly care")),
                Map.entry("contact.email", "dana@example.com"),
                Map.entry("contact.phone", "+972-3-000"));
        assertThat(result.draft().original()).containsEntry("internalScore", 99);
    }

    @Test
    void mapsAConsentColumnAndPassesCanonicalConsentThrough() {
        PartnerConfig partner = partner("""
                fields:
                  consent.given: { from: 同意公开联系方式, map: yesNo }
                  consent.at: 同意日期
                  consent.basis: { const: "人才登记表 (registration form)" }
                valueMaps: { yesNo: { "是": "true", "否": "false" } }
                """);

        MappingResult mapped = map(partner, Map.of("同意公开联系方式", "是", "同意日期", "2026/03/01"));

        assertThat(mapped.draft().fields()).containsEntry("consent.given", "true")
                .containsEntry("consent.at", "2026/03/01").containsEntry("consent.basis", "人才登记表 (registration form)");
        assertThat(map(partner("format: json\n"), Map.of("consent", Map.of("given", true, "at", "2026-03-01")))
                .draft().fields()).containsEntry("consent.given", "true").containsEntry("consent.at", "2026-03-01");
    }

    @Test
    void appliesDefaultsOnlyWhereTheMappedValueIsBlank() {
        PartnerConfig partner = partner("""
                defaults: { kind: company, country: IL, keywords: [innovation] }
                fields: { country: land }
                """);

        MappingResult result = map(partner, Map.of("kind", "capital", "land", " ", "keywords", List.of()));

        assertThat(result.draft().fields())
                .containsEntry("kind", "capital")
                .containsEntry("country", "IL")
                .containsEntry("keywords", List.of("innovation"));
    }

    @Test
    void anUnreadableRecordBecomesARecordError() {
        MappingResult result = mapper.map(partner(""), RawRecord.failed(3, "line 3: malformed JSON: oops"), "b1",
                "ndjson");

        assertThat(result.errors()).containsExactly(new FieldError(3, "record", "line 3: malformed JSON: oops"));
        assertThat(result.draft().recordNumber()).isEqualTo(3);
        assertThat(result.draft().fields()).isEmpty();
    }

    @Test
    void anExpressionThatDoesNotFitNamesTheFieldAndTheOtherFieldsAreStillMapped() {
        PartnerConfig partner = partner("fields: { city: address, title: name }\n");

        MappingResult result = map(partner, Map.of("address", Map.of("city", "Haifa"), "name", "Elbit"));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("city");
            assertThat(e.reason()).contains("'address' is an object");
            assertThat(e.recordNumber()).isEqualTo(7);
        });
        assertThat(result.draft().fields()).containsEntry("title", "Elbit").doesNotContainKey("city");
    }

    @Test
    void mapsListsElementByElementAndLeavesUnmappedValuesAlone() {
        PartnerConfig partner = partner("""
                fields:
                  industries: { from: categoryIds, map: categories }
                  city: offices.city
                valueMaps:
                  categories: { "1": AI/ML, "12": Health }
                """);

        MappingResult result = map(partner, Map.of("categoryIds", List.of(1, 12, 99),
                "offices", List.of(Map.of("city", "תל אביב-יפו"), Map.of("city", "Qingdao"))));

        assertThat(result.draft().fields())
                .containsEntry("industries", List.of("AI/ML", "Health", "99"))
                .containsEntry("city", List.of("תל אביב-יפו", "Qingdao"));
    }

    @Test
    void takesTheFirstNonBlankAlternative() {
        PartnerConfig partner = partner("fields: { externalId: \"ivcId | finderId | name\" }\n");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ivcId", null);
        record.put("finderId", "");
        record.put("name", "Avgol");

        assertThat(map(partner, record).draft().fields()).containsEntry("externalId", "Avgol");
    }

    @Test
    void splitsAtEverySeparatorAndDropsEmptyParts() {
        PartnerConfig partner = partner("fields: { keywords: { from: 关键词, split: [\";\", \"；\"] } }\n");

        assertThat(map(partner, Map.of("关键词", "机器人; 智能制造；;5G")).draft().fields())
                .containsEntry("keywords", List.of("机器人", "智能制造", "5G"));
    }

    @Test
    void buildsTextWithConcatTemplateConstAndReplace() {
        PartnerConfig partner = partner("""
                fields:
                  title: { template: "{title} ({level})" }
                  organization: { concat: [company, unit], separator: " / " }
                  side: { const: demand }
                  externalId: { from: url, replace: "\\\\?.*$", with: "" }
                """);

        MappingResult result = map(partner, Map.of("title", "QA Engineer", "level", "Senior", "company", "Wix",
                "url", "https://jobs.example/123?utm_source=x"));

        assertThat(result.draft().fields())
                .containsEntry("title", "QA Engineer (Senior)")
                .containsEntry("organization", "Wix")
                .containsEntry("side", "demand")
                .containsEntry("externalId", "https://jobs.example/123");
    }

    @Test
    void marksARecordMatchingDeleteWhenAsDeleted() {
        PartnerConfig partner = partner("deleteWhen: { field: status, equals: [deleted, withdrawn] }\n");

        assertThat(map(partner, Map.of("externalId", "x", "status", " Withdrawn")).draft().fields())
                .containsEntry("deleted", "true");
        assertThat(map(partner, Map.of("externalId", "y", "status", "active")).draft().fields())
                .doesNotContainKey("deleted");
    }
}
