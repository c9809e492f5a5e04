package org.loungehub.normalize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a partner's fields may be, in characters (keywords: in items). Oversized fields reject the record
 * rather than being cut, so that the partner learns about it.
 *
 * @param text every other text field (organization, city, stage, website, contact, each keyword and industry)
 */
@ConfigurationProperties("hub.intake.limits")
public record IntakeLimits(
        @DefaultValue("500") int title,
        @DefaultValue("20000") int description,
        @DefaultValue("1000") int text,
        @DefaultValue("100") int keywords) {

    /**
     * Not configurable: ids become Elasticsearch document ids (512 bytes at most, with "partnerId:" in front).
     * Partners do use URLs as ids (job postings: up to ~380 characters in the Tech Map data).
     */
    static final int EXTERNAL_ID = 450;

    public static IntakeLimits defaults() {
        return new IntakeLimits(500, 20000, 1000, 100);
    }
}
