package org.loungehub.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loungehub.listing.Contact;
import org.loungehub.privacy.PrivacyProperties;
import org.loungehub.privacy.SubjectKeys;

class SubjectTest {

    @Test
    void takesTheRequestInTheFormsListingsStore() {
        Subject subject = Subject.of(new ErasureRequest(" Li.Wei@Example.CN ", "+86 138-0013-8000",
                List.of("lounge-desk:t-17", "techmap-jobs:https://jobs.example/1"), "DSR-2026-11"));

        assertThat(subject.emails()).containsExactly("li.wei@example.cn");
        assertThat(subject.phones()).containsExactly("+8613800138000");
        assertThat(subject.listingIds()).containsExactlyInAnyOrder("lounge-desk:t-17", "techmap-jobs:https://jobs.example/1");
        assertThat(subject.given()).containsExactly("email", "phone", "listingIds");
    }

    @Test
    void takesListingIdsInTheBodyLiterallyNotAsUrlEncoded() {
        Subject subject = Subject.of(new ErasureRequest(null, null, List.of("lounge-desk:pct%41", "lounge-desk:a+b"), "x"));

        assertThat(subject.listingIds()).containsExactlyInAnyOrder("lounge-desk:pct%41", "lounge-desk:a+b");
    }

    @Test
    void refusesAnEmptyOrMalformedRequestWithoutRepeatingTheValues() {
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, " ", List.of(), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one of");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest("li.wei at example", null, null, "x")))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("li.wei");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, "call Li", null, "x")))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("call Li");
        assertThatThrownBy(() -> Subject.of(new ErasureRequest(null, null, List.of("t-17"), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partnerId:externalId");
    }

    @Test
    void growsWithTheContactOfThePersonsListingsAndHashesEveryForm() {
        Subject subject = Subject.of(new ErasureRequest("li.wei@example.cn", null, null, "x"))
                .with(new Contact("李伟", "li.wei@example.cn", "13800138000"));
        SubjectKeys keys = new SubjectKeys(new PrivacyProperties("secret", null));

        assertThat(subject.phones()).containsExactly("13800138000");
        assertThat(subject.names()).containsExactly("李伟");
        assertThat(subject.keys(keys, List.of("lounge-desk:t-17")))
                .contains(keys.email("li.wei@example.cn"), keys.phone("13800138000"), keys.listing("lounge-desk:t-17"))
                .noneMatch(k -> k.contains("li.wei") || k.contains("138"));
        assertThat(subject.mask().mask("李伟 +86 138 0013 8000")).isEqualTo("[erased] +86 [erased]");
    }
}
