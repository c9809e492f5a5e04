package org.loungehub.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document of a set's corpus, in the hub's canonical shape: the fields the shipped partner mapping of the
 * same data would give it, so that the hub matches what it would hold in production.
 */
record CorpusListing(String externalId, String kind, String side, String title, String description,
                     String organization, List<String> keywords, List<String> industries, String country,
                     String city, String language) {

    /** The canonical record pushed as one NDJSON line; blank fields left out. */
    Map<String, Object> canonical() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("externalId", externalId);
        record.put("kind", kind);
        record.put("side", side);
        record.put("title", title);
        putIfPresent(record, "description", description);
        putIfPresent(record, "organization", organization);
        if (!keywords.isEmpty()) {
            record.put("keywords", keywords);
        }
        if (!industries.isEmpty()) {
            record.put("industries", industries);
        }
        record.put("country", country);
        putIfPresent(record, "city", city);
        record.put("language", language);
        return record;
    }

    private static void putIfPresent(Map<String, Object> record, String field, String value) {
        if (value != null && !value.isBlank()) {
            record.put(field, value);
        }
    }
}
