package org.loungehub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneFormsTest {

    @Test
    void coversE164DigitsNationalNumberAndTrunkPrefixOfEveryCountry() {
        assertThat(PhoneForms.of("+97231234567"))
                .containsExactlyInAnyOrder("+97231234567", "97231234567", "31234567", "031234567");
        assertThat(PhoneForms.of("+8613800138000"))
                .containsExactlyInAnyOrder("+8613800138000", "8613800138000", "13800138000", "013800138000");
        assertThat(PhoneForms.of("+8653288886666"))
                .containsExactlyInAnyOrder("+8653288886666", "8653288886666", "53288886666", "053288886666");
        assertThat(PhoneForms.of("+12015550123"))
                .containsExactlyInAnyOrder("+12015550123", "12015550123", "2015550123");
        assertThat(PhoneForms.of("+4930123456"))
                .containsExactlyInAnyOrder("+4930123456", "4930123456", "30123456", "030123456");
        assertThat(PhoneForms.of("+447400123456"))
                .containsExactlyInAnyOrder("+447400123456", "447400123456", "7400123456", "07400123456");
    }

    @Test
    void keepsDigitsAndAnUnknownCountryCodeAsTheyAre() {
        assertThat(PhoneForms.of("0532123456")).containsExactly("0532123456");
        assertThat(PhoneForms.of("+99912345678")).containsExactly("+99912345678", "99912345678");
    }
}
