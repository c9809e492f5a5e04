package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    private final PhoneNumbers phones = new PhoneNumbers();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "+972 3-123-4567|-|+97231234567",
            "+972 (0)3 123 4567|-|+97231234567",
            "00972-3-1234567|-|+97231234567",
            "03-1234567|IL|+97231234567",
            "054-123-4567|IL|+972541234567",
            "138 1234 5678|CN|+8613812345678",
            "(0532) 8888 6666|CN|+8653288886666",
            "+86 138-1234-5678|IL|+8613812345678",
            "03-1234567|-|031234567",
            "13812345678|IL|13812345678"})
    void normalizesToE164WhenTheNumberAndCountrySayEnough(String raw, String country, String expected) {
        assertThat(phones.normalize(raw, country).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "call me|has letters", "+972 3 123 4567 ext 12|has letters", "123|has 3 digits", "+972#3*1234567|is not a phone number"})
    void rejectsWhatIsNotAPhoneNumber(String raw, String reason) {
        assertThat(phones.normalize(raw, "IL").problem()).contains(reason);
    }
}
