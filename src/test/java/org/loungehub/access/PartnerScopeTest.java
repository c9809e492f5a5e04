package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerScopeTest {

    private static final Caller DESK = new Caller("k-desk", Role.PARTNER, "lounge-desk");
    private static final Caller ENTERPRISE = new Caller("k-ent", Role.ENTERPRISE, null);
    private static final Caller STAFF = new Caller("k-staff", Role.STAFF, null);

    @Test
    void aPartnerKeyAlwaysSearchesItsOwnListings() {
        assertThat(PartnerScope.partner(DESK, null)).isEqualTo("lounge-desk");
        assertThat(PartnerScope.partner(DESK, " ")).isEqualTo("lounge-desk");
        assertThat(PartnerScope.partner(DESK, "lounge-desk")).isEqualTo("lounge-desk");
        assertThat(PartnerScope.partners(DESK, null)).containsExactly("lounge-desk");
        assertThat(PartnerScope.partners(DESK, List.of("lounge-desk"))).containsExactly("lounge-desk");
    }

    @Test
    void aPartnerKeyNamingAnotherPartnerIsRefused() {
        assertThatThrownBy(() -> PartnerScope.partner(DESK, "csl-offers")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("acts for partner 'lounge-desk'").hasMessageContaining("'csl-offers'");
        assertThatThrownBy(() -> PartnerScope.partners(DESK, List.of("lounge-desk", "csl-offers")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void otherRolesSearchWhatTheyAsk() {
        assertThat(PartnerScope.partner(ENTERPRISE, "csl-offers")).isEqualTo("csl-offers");
        assertThat(PartnerScope.partner(STAFF, null)).isNull();
        assertThat(PartnerScope.partners(ENTERPRISE, null)).isNull();
        assertThat(PartnerScope.partners(STAFF, List.of("csl-offers"))).containsExactly("csl-offers");
    }

    @Test
    void oneListingIsReadableOnlyByItsPartnerAmongPartners() {
        assertThat(PartnerScope.mayRead(DESK, "lounge-desk")).isTrue();
        assertThat(PartnerScope.mayRead(DESK, "csl-offers")).isFalse();
        assertThat(PartnerScope.mayRead(DESK, null)).isFalse();
        assertThat(PartnerScope.mayRead(ENTERPRISE, "csl-offers")).isTrue();
        assertThat(PartnerScope.mayRead(STAFF, "csl-offers")).isTrue();
    }

    @Test
    void withoutACallerNothingIsRead() {
        assertThatThrownBy(() -> PartnerScope.partner(null, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PartnerScope.mayRead(null, "csl-offers")).isInstanceOf(IllegalStateException.class);
    }
}
