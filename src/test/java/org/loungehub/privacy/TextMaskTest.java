package org.loungehub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMaskTest {

    private final TextMask mask = TextMask.builder().email("li.wei@example.cn").phone("+8613800138000")
            .name("Li Wei").name("李伟").build();

    @Test
    void masksAnEmailInAnyCaseButNotALongerAddress() {
        assertThat(mask.mask("mail Li.Wei@Example.CN, or li.wei@example.cn.")).isEqualTo("mail [erased], or [erased].");
        assertThat(mask.mask("ali.wei@example.cn li.wei@example.cn.org li.wei@example.cnx"))
                .isEqualTo("ali.wei@example.cn li.wei@example.cn.org li.wei@example.cnx");
    }

    @Test
    void masksAPhoneHoweverItIsWritten() {
        for (String written : new String[] {"+86 138 0013 8000", "+86-138-0013-8000", "008613800138000", "13800138000",
                "138-0013-8000", "(+86) 138 0013 8000", "8613800138000"}) {
            String masked = mask.mask("tel: " + written + ";");
            assertThat(masked).as(written).contains("[erased]").doesNotContainPattern("\\d");
        }
        assertThat(mask.mask("213800138000 and 138001380001")).isEqualTo("213800138000 and 138001380001");
    }

    @Test
    void masksAnIsraeliNumberWithTrunkZeroOrCountryCode() {
        TextMask israeli = TextMask.builder().phone("+97231234567").build();
        assertThat(israeli.mask("03-123-4567 | +972 (0)3 123 4567 | +972-3-1234567"))
                .isEqualTo("[erased] | [erased] | [erased]");
    }

    @Test
    void masksANumberOfAnyCountryWithItsInternationalOrTrunkPrefix() {
        assertMasked("+4930123456", "030 123456", "+49 (0)30 123456", "0049-30-123456", "011 49 30 123456",
                "(030) 12 34 56", "030.123.456", "+4930123456", "4930123456");
        assertMasked("+12015550123", "(201) 555-0123", "1-201-555-0123", "+1 201.555.0123", "001 201 555 0123",
                "011 1 201 555 0123", "2015550123");
        assertMasked("+447400123456", "07400 123456", "+44 (0)7400 123 456", "0011 44 7400 123456", "00447400123456",
                "(07400) 123-456");
        assertMasked("+97231234567", "03.123.4567", "010 972 3 123 4567", "+972 (0)3 123 4567");
        assertMasked("+8653288886666", "(0532) 8888 6666", "+86 532 8888 6666", "0086-532-88886666");
    }

    @Test
    void leavesALongerNumberThatHoldsThePersonsDigits() {
        TextMask british = TextMask.builder().phone("+447400123456").build();
        assertThat(british.mask("074001234567, 17400123456, +447400123456 7")).isEqualTo("074001234567, 17400123456, [erased] 7");
        TextMask american = TextMask.builder().phone("+12015550123").build();
        assertThat(american.mask("22015550123 and 20155501234")).isEqualTo("22015550123 and 20155501234");
    }

    private static void assertMasked(String phone, String... written) {
        TextMask mask = TextMask.builder().phone(phone).build();
        for (String form : written) {
            assertThat(mask.mask("tel: " + form + ";")).as(phone + " written " + form)
                    .contains("[erased]").doesNotContainPattern("\\d");
        }
    }

    @Test
    void masksLatinNamesAsWholeWordsAndChineseNamesAnywhere() {
        assertThat(mask.mask("Li Wei, Li Weiss, 李伟先生")).isEqualTo("[erased], Li Weiss, [erased]先生");
    }

    @Test
    void findsThePersonByIdentifiersOnlyAndCanLeaveNamesAlone() {
        assertThat(mask.foundIn("Li Wei, radar engineer")).isFalse();
        assertThat(mask.foundIn("write to LI.WEI@example.cn")).isTrue();

        TextMask.Masked masked = mask.mask("Li Wei <li.wei@example.cn>", false);
        assertThat(masked.text()).isEqualTo("Li Wei <[erased]>");
        assertThat(masked.identifiers()).isEqualTo(1);
        assertThat(masked.names()).isZero();
    }

    @Test
    void ignoresNamesOfOneCharacterAndAnEmptyMaskChangesNothing() {
        TextMask empty = TextMask.builder().name("L").email(" ").phone("12").build();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.mask("L 12")).isEqualTo("L 12");
        assertThat(empty.foundIn("L 12")).isFalse();
    }
}
