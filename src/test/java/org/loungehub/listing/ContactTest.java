package org.loungehub.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void isWrittenWithItsThreeFieldsOnlyAsTheStrictMappingExpects() throws Exception {
        String json = new ObjectMapper().writeValueAsString(new Contact("Dana Levi", "dana@example.org", "+97231234567"));
        assertThat(new ObjectMapper().readTree(json).fieldNames()).toIterable().containsExactly("name", "email", "phone");
    }
}
