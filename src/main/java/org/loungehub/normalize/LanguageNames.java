package org.loungehub.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/** Reads a language a partner names ("zh-CN", "Chinese", "中文", "עברית", "heb") as an ISO 639-1 code. */
final class LanguageNames {

    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("iw", "he"), Map.entry("in", "id"), Map.entry("ji", "yi"),
            Map.entry("chi", "zh"), Map.entry("mandarin", "zh"), Map.entry("cantonese", "zh"),
            Map.entry("汉语", "zh"), Map.entry("中文", "zh"), Map.entry("华语", "zh"), Map.entry("普通话", "zh"),
            Map.entry("简体中文", "zh"), Map.entry("繁体中文", "zh"), Map.entry("סינית", "zh"),
            Map.entry("英文", "en"), Map.entry("英语", "en"), Map.entry("אנגלית", "en"),
            Map.entry("希伯来语", "he"), Map.entry("希伯来文", "he"), Map.entry("עברית", "he"), Map.entry("ivrit", "he"));

    private final Map<String, String> byName = new HashMap<>();

    LanguageNames() {
        for (String code : Locale.getISOLanguages()) {
            String iso = EXTRA.getOrDefault(code, code);
            Locale locale = Locale.forLanguageTag(iso);
            byName.putIfAbsent(code, iso);
            byName.putIfAbsent(key(locale.getDisplayLanguage(Locale.ENGLISH)), iso);
            byName.putIfAbsent(key(locale.getDisplayLanguage(locale)), iso);
            byName.putIfAbsent(key(locale.getDisplayLanguage(Locale.SIMPLIFIED_CHINESE)), iso);
            try {
                byName.putIfAbsent(locale.getISO3Language(), iso);
            } catch (MissingResourceException e) {
                // no three-letter code: the two-letter one and the names still work
            }
        }
        EXTRA.forEach((name, iso) -> byName.put(key(name), iso));
    }

    Optional<String> parse(String given) {
        String key = key(given);
        String found = byName.get(key);
        if (found == null) {
            // A tag such as zh-CN, zh_Hant_TW or en-US: its first subtag is the language.
            String primary = key.split("[-_]", 2)[0];
            found = primary.length() <= 3 ? byName.get(primary) : null;
        }
        return Optional.ofNullable(found);
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
