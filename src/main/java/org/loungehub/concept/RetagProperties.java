package org.loungehub.concept;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Re-tagging of listings tagged under another version of the concept vocabulary (routes/concepts.yaml).
 *
 * @param enabled whether the concept-retag route runs
 * @param interval the pause between two looks for listings to re-tag; a run goes through all of them
 * @param pageSize listings per page: one search, one bulk of partial updates
 */
@ConfigurationProperties("hub.concepts.retag")
public record RetagProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") Duration interval,
        @DefaultValue("500") int pageSize) {

    public RetagProperties {
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("hub.concepts.retag.page-size must be between 1 and 10000, not " + pageSize);
        }
    }
}
