package org.loungehub.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.loungehub.embedding.VectorSpace;

class ListingSourceTest {

    @Test
    void readsTheStoredFieldsAndEachSpacesVectorFromASource() throws Exception {
        ListingSource.Fields fields = new ObjectMapper().readValue("""
                {"partnerId": "p", "kind": "technology", "side": "demand", "country": "CN", "title": "雷达",
                 "keywords": ["radar", "养老"], "concepts": ["c1"], "embedding": [0.5, -1], "embeddingEn": [0.25]}""",
                ListingSource.Fields.class);

        assertThat(fields.keywords()).containsExactly("radar", "养老");
        assertThat(fields.vector(VectorSpace.ZH)).containsExactly(0.5f, -1f);
        assertThat(fields.vector(VectorSpace.EN)).containsExactly(0.25f);
        assertThat(fields.description()).isNull();
    }
}
