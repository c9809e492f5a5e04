package org.loungehub.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loungehub.listing.Contact;
import org.loungehub.privacy.PrivacyProperties;
import org.loungehub.privacy.SubjectKeys;

class SubjectTest {

    @Test
    void takesTheRequestInTheFormsListingsStore() {
        Subject subject = Subject.of(new ErasureRequest(" Li.Wei@Example.CN ", "+86 138-0013-8000", null,
                List.of("lounge-desk:t-17", "techmap-jobs:https://jobs.example/1"), "DSR-2026-11"));

        assertThat(subject.emails()).containsExactly("li.wei@example.cn");
        assertThat(subject.phones()).containsExactly("+8613800138000");
        assertThat(subject.listingIds()).containsExactlyInAnyOrder("lounge-desk:t-17", "techmap-jobs:https://jobs.example/1");
        assertThat(subject.given()).containsExactly("email", "phone", "listingIds");
    }

    @Test
    void takesListingIdsInTheBodyLiterallyNotAsUrlEncoded() {
        Subject subject = Subject.of(new ErasureRequest(null, null, null, List.of("lounge-desk:pct%41", "lounge-desk:a+b"), "x"));

        assertThat(subject.listingIds()).containsExactlyInAnyOrder("lounge-desk:pct%41", "lounge-desk:a+b");
    }

    @Test
    void refusesAnEmptyOrMalformedRequestWithoutRepeatingTheValues() {
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, " ", null, List.of(), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one of");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest("li.wei at example", null, null, null, "x")))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("li.wei");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, "call Li", null, null, "x")))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("call Li");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, null, null, List.of("t-17"), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partnerId:externalId");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, "030 123456", "Germany", null, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 3166-1").message().doesNotContain("123456");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, "(201) 555-012", "US", null, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid phone number in US")
                .message().doesNotContain("555");
    }

    @Test
    void growsWithTheContactOfThePersonsListingsAndHashesEveryForm() {
        Subject subject = Subject.of(new ErasureRequest("li.wei@example.cn", null, null, null, "x"))
                .with(new Contact("李伟", "li.wei@example.cn", "13800138000"), null);
        SubjectKeys keys = new SubjectKeys(new PrivacyProperties("secret", null));

        assertThat(subject.phones()).containsExactly("13800138000");
        assertThat(subject.names()).containsExactly("李伟");
        assertThat(subject.keys(keys, List.of("lounge-desk:t-17")))
                .contains(keys.email("li.wei@example.cn"), keys.phone("13800138000"), keys.listing("lounge-desk:t-17"))
                .noneMatch(k -> k.contains("li.wei") || k.contains("138"));
        assertThat(subject.mask().mask("李伟 +86 138 0013 8000")).isEqualTo("[erased] +86 [erased]");
    }

    @Test
    void readsAPhoneInAnyFormOfAnyCountry() {
        assertThat(phones("+49 (0)30 123456", null)).containsExactly("+4930123456");
        assertThat(phones("0049.30.123456", null)).containsExactly("+4930123456");
        assertThat(phones("030 123456", "de")).containsExactly("+4930123456");
        assertThat(phones("011 44 7400 123-456", "US")).containsExactly("+447400123456");
        assertThat(phones("07400 123456", "GB")).containsExactly("+447400123456");
        assertThat(phones("(201) 555-0123", "US")).containsExactly("+12015550123");
        assertThat(phones("054-412-3456", "IL")).containsExactly("+972544123456");
        assertThat(phones("138 0013 8000", "CN")).containsExactly("+8613800138000");
        // Without its country a national number is looked for as written: the digits a listing without one keeps.
        assertThat(phones("030 123456", null)).containsExactly("030123456");
    }

    @Test
    void coversEveryStoredFormOfAForeignNumberInKeysAndMask() {
        Subject subject = Subject.of(new ErasureRequest(null, "030 123456", "DE", null, "x"));
        SubjectKeys keys = new SubjectKeys(new PrivacyProperties("secret", null));

        assertThat(subject.keys(keys, List.of())).containsExactlyInAnyOrder(keys.phone("+4930123456"),
                keys.phone("4930123456"), keys.phone("30123456"), keys.phone("030123456"));
        assertThat(subject.mask().mask("Tel. 030/123 456, +49 30 1234 56, 0049 (0)30 123456, 011 49 30 123456"))
                .isEqualTo("Tel. [erased], [erased], [erased], [erased]");
    }

    @Test
    void readsAPhoneItsListingKeptAsDigitsWithTheListingsCountry() {
        Subject subject = Subject.of(new ErasureRequest("dana@example.org", null, null, null, "x"))
                .with(new Contact("Dana", "dana@example.org", "07400123456"), "GB");

        assertThat(subject.phones()).containsExactlyInAnyOrder("07400123456", "+447400123456");
        assertThat(subject.mask().mask("+44 7400 123456")).isEqualTo("[erased]");
        assertThat(Subject.of(new ErasureRequest("dana@example.org", null, null, null, "x"))
                .with(new Contact("Dana", null, "13800138000"), "IL").phones()).containsExactly("13800138000");
    }

    private static Set<String> phones(String phone, String country) {
        return Subject.of(new ErasureRequest(null, phone, country, null, "x")).phones();
    }
}
