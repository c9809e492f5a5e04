package org.loungehub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The API's OpenAPI 3 document, written by hand next to the code (openapi/lounge-hub.yaml) and served as JSON.
 * A test compares it with the endpoints the hub really has, so it cannot drift silently.
 */
@Component("openApiDocument")
public class OpenApiDocument {

    private final JsonNode document;

    OpenApiDocument() {
        try (InputStream in = new ClassPathResource("openapi/lounge-hub.yaml").getInputStream()) {
            this.document = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document openapi/lounge-hub.yaml cannot be read", e);
        }
    }

    public JsonNode json() {
        return document;
    }
}
