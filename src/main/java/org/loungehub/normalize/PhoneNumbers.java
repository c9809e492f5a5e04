package org.loungehub.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 (+97231234567) where the number says enough: an international prefix (+ or 00), an
 * Israeli national number (0...) for a listing in IL, a Chinese mobile (1XXXXXXXXXX) or landline (0...) in CN.
 * Other national numbers are kept as digits, since their country code cannot be known.
 */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().\\/]");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d+");
    private static final Pattern CHINESE_MOBILE = Pattern.compile("1[3-9]\\d{9}");

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
        if (number.startsWith("+")) {
            return Checked.ok(number);
        }
        if ("IL".equals(country) && number.startsWith("0") && (digits == 9 || digits == 10)) {
            return Checked.ok("+972" + number.substring(1));
        }
        if ("CN".equals(country) && CHINESE_MOBILE.matcher(number).matches()) {
            return Checked.ok("+86" + number);
        }
        if ("CN".equals(country) && number.startsWith("0") && digits >= 10 && digits <= 12) {
            return Checked.ok("+86" + number.substring(1));
        }
        return Checked.ok(number);
    }
}
