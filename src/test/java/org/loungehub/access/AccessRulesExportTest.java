package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV export falls under the listings rule, like search: readable by every role, scoped in the bean. */
class AccessRulesExportTest {

    private final AccessRules rules = new AccessRules(batch -> Optional.empty());

    @Test
    void everyRoleMayAskForTheExport() {
        for (Caller caller : new Caller[] {new Caller("a", Role.ADMIN, null), new Caller("s", Role.STAFF, null),
                new Caller("p", Role.PARTNER, "lounge-desk"), new Caller("e", Role.ENTERPRISE, null)}) {
            assertThat(rules.decide(caller, "GET", "/api/v1/listings/export.csv").granted()).as(caller.role().id()).isTrue();
        }
    }

    @Test
    void theExportIsReadOnly() {
        assertThat(rules.decide(new Caller("e", Role.ENTERPRISE, null), "POST", "/api/v1/listings/export.csv").granted())
                .isFalse();
    }
}
