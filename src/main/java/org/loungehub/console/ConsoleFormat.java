package org.loungehub.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.loungehub.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values as a person reads them in the page's language ({@code ${@fmt...}} in templates): numbers and dates in the
 * locale's style, countries and industry clusters by name.
 */
@Component("fmt")
public class ConsoleFormat {

    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final ZoneId zone;

    ConsoleFormat(Taxonomy taxonomy, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.zone = ZoneId.systemDefault();
    }

    /** A facet value (or a listing's kind, side, country, industry) by name. */
    public String label(String facet, Object value) {
        if (value == null) {
            return "";
        }
        return switch (facet) {
            case "industry" -> cluster(value);
            case "country" -> country(value);
            case "kind", "side" -> messages.getMessage(facet + "." + value, null, value.toString(), locale());
            default -> value.toString();
        };
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    /** A score or contribution: three decimals in the locale's style. */
    public String decimal(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    /** Any field's value as text: lists joined, nested records as key: value pairs. */
    public String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> list) {
            return String.join(", ", list.stream().map(this::value).toList());
        }
        if (value instanceof java.util.Map<?, ?> map) {
            StringBuilder text = new StringBuilder();
            map.forEach((k, v) -> text.append(text.length() == 0 ? "" : "; ").append(k).append(": ").append(value(v)));
            return text.toString();
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return value.toString();
    }

    /** An ISO date or instant as the locale writes it; anything else as given. */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
            }
            Instant instant = value instanceof Instant i ? i : OffsetDateTime.parse(text).toInstant();
            return instant.atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale()));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    public String country(Object code) {
        if (code == null || code.toString().length() != 2) {
            return code == null ? "" : code.toString();
        }
        String name = new Locale("", code.toString()).getDisplayCountry(locale());
        return name.isBlank() ? code.toString() : name;
    }

    public String cluster(Object id) {
        if (id == null) {
            return "";
        }
        return taxonomy.cluster(id.toString()).map(c -> zh() ? c.zh() : c.en()).orElse(id.toString());
    }

    /** A concept label in the page's language first, the other in brackets. */
    public String bilingual(String zh, String en) {
        String first = zh() ? zh : en;
        String second = zh() ? en : zh;
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() || second.equals(first) ? first : first + " (" + second + ")";
    }

    public List<Marks.Piece> marks(String fragment) {
        return Marks.of(fragment);
    }

    public boolean zh() {
        return "zh".equals(locale().getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
