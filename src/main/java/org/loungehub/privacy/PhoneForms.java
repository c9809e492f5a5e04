package org.loungehub.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The forms one phone number takes in what the hub stores. The normalizer writes E.164 (+8613800138000) where the
 * number says enough, and keeps the digits otherwise (13800138000 in a listing without a country), so a person's
 * number is looked for in all of them. Only the country codes whose national numbers the normalizer knows (86,
 * 972) can be split into country code and national number.
 */
public final class PhoneForms {

    private static final List<String> KNOWN_CODES = List.of("972", "86");

    private PhoneForms() {
    }

    /** @param normalized a phone as ContactValues.phone gives it */
    public static Set<String> of(String normalized) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normalized);
        if (normalized.startsWith("+")) {
            String digits = normalized.substring(1);
            forms.add(digits);
            split(normalized).ifPresent(parts -> {
                forms.add(parts.national());
                forms.add("0" + parts.national());
            });
        }
        return forms;
    }

    /** The country code and the national number of an E.164 number of a country the hub knows. */
    static Optional<Parts> split(String normalized) {
        if (!normalized.startsWith("+")) {
            return Optional.empty();
        }
        String digits = normalized.substring(1);
        return KNOWN_CODES.stream().filter(digits::startsWith).findFirst()
                .map(code -> new Parts(code, digits.substring(code.length())));
    }

    record Parts(String countryCode, String national) {
    }
}
