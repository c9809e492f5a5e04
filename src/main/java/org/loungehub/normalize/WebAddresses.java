package org.loungehub.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses (lowercased) and websites (https:// added when the scheme is missing). */
final class WebAddresses {

    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
    private static final String HOST = LABEL + "(?:\\." + LABEL + ")*\\.\\p{L}{2,}";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+"
            + "(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*@" + HOST);
    private static final Pattern URL = Pattern.compile("(https?)://(" + HOST + ")(:\\d{1,5})?([/?#]\\S*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://.*");

    Checked<String> email(String raw) {
        String email = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (email.startsWith("mailto:")) {
            email = email.substring("mailto:".length());
        }
        return EMAIL.matcher(email).matches() ? Checked.ok(email) : Checked.problem(Checked.quote(raw)
                + " is not an e-mail address; use one such as info@example.com");
    }

    Checked<String> website(String raw) {
        String url = raw.strip();
        if (!SCHEME.matcher(url).matches()) {
            url = "https://" + url;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return Checked.problem(Checked.quote(raw) + " is not a web address; use one such as https://example.com");
        }
        String port = m.group(3) == null ? "" : m.group(3);
        String rest = m.group(4) == null ? "" : m.group(4);
        return Checked.ok(m.group(1).toLowerCase(Locale.ROOT) + "://" + m.group(2).toLowerCase(Locale.ROOT) + port + rest);
    }
}
