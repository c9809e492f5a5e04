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
            "054-412-3456|IL|+972544123456",
            "138 1234 5678|CN|+8613812345678",
            "(0532) 8888 6666|CN|+8653288886666",
            "+86 138-1234-5678|IL|+8613812345678",
            "(201) 555-0123|US|+12015550123",
            "1-201-555-0123|US|+12015550123",
            "201.555.0123|US|+12015550123",
            "+1 201 555 0123|-|+12015550123",
            "011 49 30 123456|US|+4930123456",
            "030 123456|DE|+4930123456",
            "+49 (0)30 123456|CN|+4930123456",
            "0151 23456789|DE|+4915123456789",
            "0049 151 2345 6789|-|+4915123456789",
            "0121 234 5678|GB|+441212345678",
            "07400 123456|GB|+447400123456",
            "+44 (0)7400 123 456|-|+447400123456",
            "972 3 123 4567|IL|+97231234567"})
    void normalizesToE164WithTheListingsCountry(String raw, String country, String expected) {
        assertThat(phones.normalize(raw, country).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "03-1234567|-|031234567",
            "030 123456|-|030123456",
            "(201) 555-0123|AQ|2015550123"})
    void keepsTheDigitsOfANationalNumberWhoseCountryIsUnknown(String raw, String country, String expected) {
        assertThat(phones.normalize(raw, country).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "call me|IL|has letters",
            "+972 3 123 4567 ext 12|IL|has letters",
            "123|IL|has 3 digits",
            "+972#3*1234567|IL|is not a phone number",
            "13812345678|IL|is not a valid phone number in IL",
            "(201) 555-012|US|is not a valid phone number in US",
            "0300 000000|GB|is not a valid phone number in GB",
            "054-123-4567|IL|is not a valid phone number in IL",
            "+49 0 123|DE|is not a valid phone number;",
            "+999 1234 5678|DE|is not a valid phone number;"})
    void rejectsWhatIsNotAValidPhoneNumber(String raw, String country, String reason) {
        assertThat(phones.normalize(raw, country).problem()).contains(reason);
        assertThat(phones.normalize(raw, country).value()).isNull();
    }
}
