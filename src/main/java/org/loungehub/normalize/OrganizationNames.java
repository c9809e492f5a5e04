package org.loungehub.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The comparison form of an organisation's name, so that the same company sent by several partners in different
 * spellings, widths, scripts and legal forms lands on one key: "Qingdao Haier Co., Ltd." and "QINGDAO HAIER CO LTD",
 * 青岛海尔股份有限公司 and 青島海爾股份有限公司, "Mobileye Ltd" and "Mobileye בע"מ". Transliterations are left alone:
 * 海尔 and Haier stay different.
 */
@Component
public class OrganizationNames {

    /** Legal forms after punctuation is gone ("S.A." is "sa", בע"מ is בעמ). */
    private static final Set<String> LEGAL_WORDS = Set.of("ltd", "limited", "inc", "incorporated", "corp",
            "corporation", "co", "company", "llc", "gmbh", "ag", "sa", "bv", "nv", "plc", "pte", "pty", "srl", "spa",
            "בעמ");
    /** Longest first, so that 股份有限公司 goes as a whole. */
    private static final List<String> CHINESE_LEGAL_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司",
            "股份公司", "集团", "公司");
    /** Quotes and dots vanish (abbreviations close up); other punctuation separates words. */
    private static final String DROPPED = "[.'\"`´’‘“”״׳]";

    private final ChineseScript chinese = new ChineseScript();

    /** The comparison form of the name; empty for a blank name. */
    public String normalize(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = chinese.toSimplified(text)
                .replaceAll(DROPPED, "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
        return withoutLegalForm(text);
    }

    /** "country|normalized name", the key that groups one organisation across partners; null without a name. */
    public String key(String name, String country) {
        String normalized = normalize(name);
        if (normalized.isEmpty()) {
            return null;
        }
        // ZZ: ISO's code for an unknown country, so that keys without a country stay well-formed.
        String code = country == null || country.isBlank() ? "ZZ" : country.strip().toUpperCase(Locale.ROOT);
        return code + "|" + normalized;
    }

    private static String withoutLegalForm(String text) {
        String previous;
        do {
            previous = text;
            List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
            while (words.size() > 1 && LEGAL_WORDS.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            text = String.join(" ", words);
            for (String suffix : CHINESE_LEGAL_SUFFIXES) {
                if (text.endsWith(suffix) && text.length() > suffix.length()) {
                    text = text.substring(0, text.length() - suffix.length()).strip();
                }
            }
        } while (!text.equals(previous));
        return text;
    }
}
