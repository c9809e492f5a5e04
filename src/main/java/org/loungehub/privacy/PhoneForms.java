package org.loungehub.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The forms one phone number takes in what the hub stores. The normalizer writes E.164 (+4930123456) where it can,
 * and keeps the digits otherwise: a national number in a listing without a country (030123456), or any number
 * other than Israeli or Chinese in listings normalized before it knew every country (0301234567, 2015550123). So a
 * person's number is looked for as E.164, as its digits without the +, as its national significant number and as
 * dialled at home with the country's trunk prefix (0 in most countries, 1 in North America).
 */
public final class PhoneForms {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneForms() {
    }

    /** @param normalized a phone as ContactValues.phone gives it */
    public static Set<String> of(String normalized) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normalized);
        if (normalized.startsWith("+")) {
            forms.add(normalized.substring(1));
            split(normalized).ifPresent(parts -> {
                forms.add(parts.countryCode() + parts.national());
                forms.add(parts.national());
                forms.add(parts.nationalDialled());
                forms.add(parts.trunkPrefix() + parts.national());
            });
        }
        return forms;
    }

    /** The country code, national number and trunk prefix of an E.164 number of any country. */
    static Optional<Parts> split(String normalized) {
        if (!normalized.startsWith("+")) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(normalized, "ZZ");
            String region = UTIL.getRegionCodeForNumber(number);
            if (region == null) {
                region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
            }
            String trunk = UTIL.getNddPrefixForRegion(region, true);
            String dialled = UTIL.format(number, PhoneNumberFormat.NATIONAL).replaceAll("\\D", "");
            return Optional.of(new Parts(String.valueOf(number.getCountryCode()),
                    UTIL.getNationalSignificantNumber(number), trunk == null ? "" : trunk, dialled));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @param national the national significant number (31234567 of +97231234567)
     * @param trunkPrefix what is dialled before it inside the country (0), or empty
     * @param nationalDialled the number as the country writes it at home, digits only (031234567; 13800138000 for
     *                        a Chinese mobile, which takes no trunk prefix)
     */
    record Parts(String countryCode, String national, String trunkPrefix, String nationalDialled) {
    }
}
