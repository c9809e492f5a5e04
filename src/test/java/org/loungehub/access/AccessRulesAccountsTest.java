package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Console sign-ins are created by admins only: staff may do most things, but not hand out accounts. */
class AccessRulesAccountsTest {

    private final AccessRules rules = new AccessRules(batch -> Optional.empty());

    @Test
    void onlyAnAdminMayCreateConsoleAccounts() {
        assertThat(rules.decide(new Caller("a", Role.ADMIN, null), "POST", "/api/v1/accounts").granted()).isTrue();
        for (Caller caller : new Caller[] {new Caller("s", Role.STAFF, null), new Caller("p", Role.PARTNER, "lounge-desk"),
                new Caller("e", Role.ENTERPRISE, null)}) {
            assertThat(rules.decide(caller, "POST", "/api/v1/accounts").granted()).as(caller.role().id()).isFalse();
        }
    }
}
