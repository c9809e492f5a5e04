package org.loungehub.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 (+97231234567), parsed with libphonenumber: an international number (+ or 00) of any
 * country, or a national one (trunk prefix, the country's own international prefix such as 011 in the US) read with
 * the listing's country. A number libphonenumber does not find valid is a problem. A national number in a listing
 * without a country (or of a country without a numbering plan) is kept as digits, since its country code cannot be
 * known.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().\\/]");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d+");

    /** @param country the listing's ISO 3166-1 alpha-2 code, or null */
    Checked<String> normalize(String raw, String country) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (text.codePoints().anyMatch(Character::isLetter)) {
            return Checked.problem(Checked.quote(raw) + " is not a phone number: it has letters; send only the number,"
                    + " such as +972 3 123 4567");
        }
        // "+972 (0)3 ..." : the trunk zero in brackets is dialled only from inside the country.
        String number = SEPARATORS.matcher(text.replace("(0)", "")).replaceAll("");
        if (!DIGITS.matcher(number).matches()) {
            return Checked.problem(Checked.quote(raw) + " is not a phone number; use digits, spaces, dashes and a"
                    + " leading +, such as +972 3 123 4567");
        }
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        int digits = number.replace("+", "").length();
        if (digits < 6 || digits > 15) {
            return Checked.problem(Checked.quote(raw) + " has " + digits + " digits; a phone number has 6 to 15,"
                    + " such as +972 3 123 4567");
        }
        String region = country != null && UTIL.getSupportedRegions().contains(country) ? country : null;
        if (region == null && !number.startsWith("+")) {
            return Checked.ok(number);
        }
        try {
            PhoneNumber parsed = UTIL.parse(number, region == null ? "ZZ" : region);
            if (UTIL.isValidNumber(parsed)) {
                return Checked.ok(UTIL.format(parsed, PhoneNumberFormat.E164));
            }
        } catch (NumberParseException e) {
            // Not a number at all for libphonenumber: said below like an invalid one.
        }
        return Checked.problem(Checked.quote(raw) + " is not a valid phone number"
                + (number.startsWith("+") ? "" : " in " + region) + "; send it with its country code, such as"
                + " +972 3 123 4567");
    }
}
