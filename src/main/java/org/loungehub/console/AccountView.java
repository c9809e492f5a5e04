package org.loungehub.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An account as the API shows it: never the password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(String username, String role, String partnerId, Instant createdAt, String createdBy,
                          Instant lockedUntil) {

    static AccountView of(Account account) {
        return new AccountView(account.username(), account.role(), account.partnerId(), account.createdAt(),
                account.createdBy(), account.lockedUntil());
    }
}
