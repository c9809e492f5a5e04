package org.loungehub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCatalogTest {

    @TempDir
    Path templates;

    private IndexDefinition load(String json) throws IOException {
        Files.writeString(templates.resolve("things.json"), json);
        return new IndexCatalog("p-", templates.toUri() + "*.json").get("things");
    }

    private static String template(int version, String addedFields) {
        return """
                {"version": %d, "_meta": {"added_fields": %s},
                 "template": {"mappings": {"dynamic": "strict", "properties": {
                   "id": {"type": "keyword"}, "note": {"type": "text"}, "tag": {"type": "keyword"}}}}}
                """.formatted(version, addedFields);
    }

    @Test
    void anIndexOfTheVersionsBeforeOnlyAddedFieldsGetsThemWithoutAReindex() throws IOException {
        IndexDefinition things = load(template(4, "{\"3\": [\"note\"], \"4\": [\"tag\"]}"));

        assertThat(things.fieldsAddedSince(3)).contains(List.of("tag"));
        assertThat(things.fieldsAddedSince(2)).contains(List.of("note", "tag"));
        assertThat(things.fieldsAddedSince(4)).contains(List.of());
        assertThat(things.mappingOf(List.of("tag")).toString()).isEqualTo("{\"properties\":{\"tag\":{\"type\":\"keyword\"}}}");
    }

    @Test
    void anyVersionInBetweenThatChangedMoreThanFieldsCallsForAReindex() throws IOException {
        IndexDefinition things = load(template(4, "{\"4\": [\"tag\"]}"));

        assertThat(things.fieldsAddedSince(2)).as("version 3 changed the mapping otherwise").isEmpty();
        assertThat(things.fieldsAddedSince(0)).as("an index of unknown version").isEmpty();
        assertThat(load(template(2, "{}")).fieldsAddedSince(1)).isEmpty();
    }

    @Test
    void refusesAnAddedFieldTheMappingDoesNotHave() {
        assertThatThrownBy(() -> load(template(2, "{\"2\": [\"missing\"]}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }

    @Test
    void theShippedListingsTemplateAddsTheConceptsVersionInPlace() {
        IndexDefinition listings = new IndexCatalog("", "classpath*:elasticsearch/templates/*.json").get("listings");

        assertThat(listings.addedFields().get(2L)).containsExactly("conceptsVersion");
    }
}
