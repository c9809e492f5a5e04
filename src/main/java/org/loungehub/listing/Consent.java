package org.loungehub.listing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the partner says about the consent of the person a listing describes: whether it was given, when, and on
 * what basis (the partner's own words: "signed registration form 2026-03", "同意书"). The hub does not check the
 * basis; it only refuses to publish a person's contact data without {@code given: true} (see ListingNormalizer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Consent(Boolean given, Instant at, String basis) {

    /** Whether consent was given (given: true). Not named isGiven: Jackson would take it for the given field. */
    public boolean granted() {
        return Boolean.TRUE.equals(given);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return given == null && at == null && basis == null;
    }
}
