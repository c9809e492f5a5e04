package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    private final Dates dates = new Dates();

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "2024-02-28T10:00:00Z=2024-02-28T10:00:00Z",
            "2024-02-28T18:00:00+08:00=2024-02-28T10:00:00Z",
            "2024-02-28T10:00:00=2024-02-28T10:00:00Z",
            "2024-02-28 10:00=2024-02-28T10:00:00Z",
            "2024-02-28=2024-02-28T00:00:00Z",
            "2024/02/28=2024-02-28T00:00:00Z",
            "2024/2/8=2024-02-08T00:00:00Z",
            "2024.02.28=2024-02-28T00:00:00Z",
            "20240228=2024-02-28T00:00:00Z",
            "2024年2月28日=2024-02-28T00:00:00Z",
            "２０２４年２月２８日=2024-02-28T00:00:00Z",
            "1709114400000=2024-02-28T10:00:00Z"})
    void readsTheDateFormsPartnersSend(String raw, String expected) {
        assertThat(dates.instant(raw).value()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024x", "2024-02-31", "2024-13-01", "yesterday", "2024-02-28T25:00:00Z", "170911440"})
    void explainsWhatADateShouldLookLike(String raw) {
        Checked<Instant> checked = dates.instant(raw);
        assertThat(checked.failed()).isTrue();
        assertThat(checked.problem()).isEqualTo("'" + raw + "' is not a date; use ISO 8601 such as 2024-02-28 or"
                + " 2024-02-28T10:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {"2025-12-31=2025-12-31", "2025年12月31日=2025-12-31",
            "2025/12/31=2025-12-31", "2025-12-31T23:00:00Z=2025-12-31", "2025-12-31T23:00:00-05:00=2026-01-01"})
    void readsValidityDates(String raw, String expected) {
        assertThat(dates.date(raw).value()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "next year"})
    void rejectsImpossibleValidityDates(String raw) {
        assertThat(dates.date(raw).problem()).contains("is not a date");
    }
}
