package org.loungehub.intake.mapping;

import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.ReaderOptions;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * One partner's feed configuration, read from {@code infra/partners/<id>.yaml} (see the README there).
 *
 * @param format    the format of a push that does not say; null when the partner has none
 * @param charset   CSV only; null to detect it
 * @param delimiter CSV only
 * @param defaults  canonical field → value (String or List of Strings) used when the mapped value is blank
 * @param fields    canonical field → where its value comes from; unmapped canonical fields pass through from the
 *                  record's key of the same name
 * @param deleteWhen marks a record as a deletion; null when the partner's feed has no such flag
 * @param origin    the file it was read from, for messages
 */
public record PartnerConfig(String id, String name, FeedFormat format, Charset charset, char delimiter,
                            Map<String, Object> defaults, Map<String, Expression> fields,
                            Map<String, Map<String, String>> valueMaps, DeleteRule deleteWhen,
                            List<PartnerSource> sources, String origin) {

    /** How to read this partner's feeds. */
    public ReaderOptions readerOptions() {
        return ReaderOptions.defaults().withCharset(charset).withDelimiter(delimiter);
    }
}
