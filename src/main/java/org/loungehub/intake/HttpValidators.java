package org.loungehub.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a partner's server said about the version of the feed it last sent in full, kept so that the next poll
 * asks only for a newer one (a conditional GET).
 *
 * @param url the source's URL, so that a file is never applied to another URL
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HttpValidators(String url, String etag, String lastModified, Instant savedAt) {

    boolean isEmpty() {
        return isBlank(etag) && isBlank(lastModified);
    }

    /** Both when both are known: a server that understands ETags decides by If-None-Match and ignores the date. */
    Map<String, String> conditionalHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!isBlank(etag)) {
            headers.put("If-None-Match", etag);
        }
        if (!isBlank(lastModified)) {
            headers.put("If-Modified-Since", lastModified);
        }
        return headers;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
