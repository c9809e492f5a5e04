package org.loungehub.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the country a partner names into an ISO 3166-1 alpha-2 code. The table in infra/reference/countries.tsv
 * (code, English, Chinese, Hebrew, aliases) covers the lounge's partner countries and their usual spellings;
 * the JDK's ISO codes and its English, Chinese and Hebrew country names cover the rest of the world.
 */
@Component
public class CountryResolver {

    private static final Locale HEBREW = Locale.forLanguageTag("he");

    private final ChineseScript chinese = new ChineseScript();
    private final Map<String, String> codes = new HashMap<>();

    public CountryResolver() {
        this(read("reference/countries.tsv"));
    }

    CountryResolver(String tsv) {
        String[] lines = tsv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalStateException("countries.tsv line " + (i + 1) + " has " + cells.length + " columns, expected 5");
            }
            String code = cells[0].strip();
            for (String name : (cells[0] + "|" + cells[1] + "|" + cells[2] + "|" + cells[3] + "|" + cells[4]).split("\\|")) {
                if (name.isBlank()) {
                    continue;
                }
                String previous = codes.put(key(name), code);
                if (previous != null && !previous.equals(code)) {
                    throw new IllegalStateException("countries.tsv names '" + name + "' for both " + previous + " and " + code);
                }
            }
        }
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(code).build();
            codes.putIfAbsent(key(code), code);
            codes.putIfAbsent(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            codes.putIfAbsent(key(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)), code);
            codes.putIfAbsent(key(country.getDisplayCountry(HEBREW)), code);
            try {
                codes.putIfAbsent(key(country.getISO3Country()), code);
            } catch (MissingResourceException e) {
                // no three-letter code for this one
            }
        }
    }

    /** The ISO 3166-1 alpha-2 code of a country code or name; empty when the hub does not know it. */
    public Optional<String> resolve(String country) {
        return country == null ? Optional.empty() : Optional.ofNullable(codes.get(key(country)));
    }

    /** Width-folded, lowercase, Simplified; dots and quotes dropped ("P.R.C." prc, ארה"ב ארהב), "the" ignored. */
    private String key(String name) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        key = chinese.toSimplified(key)
                .replaceAll("[.'\"`´’‘“”״׳]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static String read(String location) {
        try {
            return new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location + " from the classpath (infra/reference)", e);
        }
    }
}
