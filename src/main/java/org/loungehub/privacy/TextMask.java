package org.loungehub.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a person's values in any text and replaces them with {@value #ERASED}: e-mail addresses (any case),
 * phone numbers (any spacing, with or without international prefix and country code, or with the trunk prefix)
 * and, optionally, names (as written).
 * <p>
 * Identifiers (e-mail, phone) say for certain that a text holds the person; a name alone does not (people share
 * names), so callers mask names only in texts that hold an identifier too, or that they know are the person's.
 */
public final class TextMask {

    public static final String ERASED = "[erased]";

    private static final String SEPARATOR = "[\\s\\-.()/]{0,3}";
    /** Dialled before a country code: + and 00 almost everywhere, 011 in North America, 0011 Australia, 010 Japan. */
    private static final String INTERNATIONAL = "(?:\\+|00|011|0011|010)";
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\p{L}\\p{N}]");

    private final Pattern pattern;
    private final boolean hasNames;
    private final int longestMatch;

    private TextMask(List<String> identifiers, List<String> names, int longestMatch) {
        if (identifiers.isEmpty() && names.isEmpty()) {
            this.pattern = null;
        } else {
            StringBuilder regex = new StringBuilder();
            regex.append("(?<id>").append(identifiers.isEmpty() ? "(?!)" : String.join("|", identifiers)).append(')');
            if (!names.isEmpty()) {
                regex.append("|(?<nm>").append(String.join("|", names)).append(')');
            }
            this.pattern = Pattern.compile(regex.toString());
        }
        this.hasNames = !names.isEmpty();
        this.longestMatch = longestMatch;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return pattern == null;
    }

    /** Whether the text holds one of the person's identifiers (names alone do not count). */
    public boolean foundIn(CharSequence text) {
        if (pattern == null || text == null) {
            return false;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (isIdentifier(m)) {
                return true;
            }
        }
        return false;
    }

    /** The text with the identifiers replaced, and the names too when {@code names}; counts what was replaced. */
    public Masked mask(String text, boolean names) {
        if (pattern == null || text == null) {
            return new Masked(text, 0, 0);
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int identifiers = 0;
        int maskedNames = 0;
        int last = 0;
        while (m.find()) {
            boolean identifier = isIdentifier(m);
            if (identifier || names) {
                out.append(text, last, m.start()).append(ERASED);
                last = m.end();
                if (identifier) {
                    identifiers++;
                } else {
                    maskedNames++;
                }
            }
        }
        out.append(text, last, text.length());
        return new Masked(identifiers + maskedNames == 0 ? text : out.toString(), identifiers, maskedNames);
    }

    /** The text with every identifier and name replaced. */
    public String mask(String text) {
        return mask(text, true).text();
    }

    Pattern pattern() {
        return pattern;
    }

    boolean isIdentifier(Matcher match) {
        return match.group("id") != null;
    }

    boolean hasNames() {
        return hasNames;
    }

    /** No match is longer than this: a streaming reader keeps this many characters back before deciding. */
    int longestMatch() {
        return longestMatch;
    }

    /** A masked text and how many identifiers and names it lost. */
    public record Masked(String text, int identifiers, int names) {
        public boolean changed() {
            return identifiers + names > 0;
        }
    }

    public static final class Builder {
        private final Set<String> emails = new LinkedHashSet<>();
        private final Set<String> phones = new LinkedHashSet<>();
        private final Set<String> names = new LinkedHashSet<>();

        /** @param email an address as ContactValues.email gives it */
        public Builder email(String email) {
            if (email != null && !email.isBlank()) {
                emails.add(email.strip().toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** @param phone a number as ContactValues.phone gives it (E.164, or digits) */
        public Builder phone(String phone) {
            if (phone != null && phone.replaceAll("\\D", "").length() >= 6) {
                phones.add(phone.strip());
            }
            return this;
        }

        /** A name as written; names shorter than two characters are ignored (they would match everywhere). */
        public Builder name(String name) {
            if (name != null && name.strip().codePointCount(0, name.strip().length()) >= 2
                    && NOT_A_NAME.matcher(name).find()) {
                names.add(name.strip());
            }
            return this;
        }

        public Builder addAll(TextMask.Builder other) {
            emails.addAll(other.emails);
            phones.addAll(other.phones);
            names.addAll(other.names);
            return this;
        }

        public TextMask build() {
            List<String> identifiers = new ArrayList<>();
            int longest = 0;
            for (String email : emails) {
                identifiers.add("(?<![A-Za-z0-9._%+\\-])(?iu:" + Pattern.quote(email) + ")(?![A-Za-z0-9_\\-]|\\.[A-Za-z0-9])");
                longest = Math.max(longest, email.length());
            }
            for (String phone : phones) {
                identifiers.add(phoneRegex(phone));
                longest = Math.max(longest, phone.length() * 4 + 24);
            }
            List<String> nameRegexes = names.stream().sorted((a, b) -> b.length() - a.length())
                    .map(Builder::nameRegex).collect(Collectors.toList());
            for (String name : names) {
                longest = Math.max(longest, name.length());
            }
            return new TextMask(identifiers, nameRegexes, longest);
        }

        private static String phoneRegex(String phone) {
            PhoneForms.Parts parts = PhoneForms.split(phone).orElse(null);
            String prefix;
            String digits;
            if (parts != null) {
                String trunk = parts.trunkPrefix().isEmpty() ? "" : "|" + spaced(parts.trunkPrefix()) + SEPARATOR;
                prefix = "(?:" + INTERNATIONAL + "?[ ]{0,2}" + parts.countryCode() + SEPARATOR + "(?:\\(0\\)"
                        + SEPARATOR + ")?" + trunk + ")?";
                digits = parts.national();
            } else {
                prefix = INTERNATIONAL + "?[ ]{0,2}";
                digits = phone.replaceAll("\\D", "");
            }
            return "(?<![0-9+])" + prefix + spaced(digits) + "(?![0-9])";
        }

        private static String spaced(String digits) {
            return digits.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(SEPARATOR));
        }

        /** Latin-script names only as whole words; Chinese names anywhere (Chinese has no spaces between words). */
        private static String nameRegex(String name) {
            String regex = Pattern.quote(name);
            if (!isHan(name.codePointAt(0))) {
                regex = "(?<![\\p{L}\\p{N}])" + regex;
            }
            if (!isHan(name.codePointBefore(name.length()))) {
                regex = regex + "(?![\\p{L}\\p{N}])";
            }
            return regex;
        }

        private static boolean isHan(int codePoint) {
            return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
        }
    }
}
