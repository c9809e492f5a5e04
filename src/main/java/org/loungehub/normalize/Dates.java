package org.loungehub.normalize;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as partners write them: ISO 8601 (with an offset, or local and taken as UTC, a space allowed before the
 * time), yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyyMMdd, yyyy年M月d日, and epoch milliseconds (13 digits).
 */
final class Dates {

    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{13}");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(?=\\d)");

    Checked<Instant> instant(String raw) {
        String text = fold(raw);
        if (EPOCH_MILLIS.matcher(text).matches()) {
            return Checked.ok(Instant.ofEpochMilli(Long.parseLong(text)));
        }
        Optional<LocalDate> date = dateOnly(text);
        if (date.isPresent()) {
            return Checked.ok(date.get().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return dateTime(text).map(Checked::ok).orElseGet(() -> Checked.problem(Checked.quote(raw)
                + " is not a date; use ISO 8601 such as 2024-02-28 or 2024-02-28T10:00:00Z"));
    }

    Checked<LocalDate> date(String raw) {
        String text = fold(raw);
        Optional<LocalDate> date = dateOnly(text);
        if (date.isEmpty() && !text.isEmpty()) {
            Checked<Instant> instant = instant(raw);
            date = Optional.ofNullable(instant.value()).map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        return date.map(Checked::ok).orElseGet(() -> Checked.problem(Checked.quote(raw)
                + " is not a date; use ISO 8601 such as 2024-02-28"));
    }

    private static String fold(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    private static Optional<LocalDate> dateOnly(String text) {
        for (Pattern pattern : new Pattern[] {SEPARATED, BASIC, CHINESE}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                int month = pattern == SEPARATED ? 3 : 2;
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(month)),
                            Integer.parseInt(m.group(month + 1))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> dateTime(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    SPACE_BEFORE_TIME.matcher(text).replaceFirst("$1T"), ZonedDateTime::from, LocalDateTime::from);
            return Optional.of(parsed instanceof ZonedDateTime zoned
                    ? zoned.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
