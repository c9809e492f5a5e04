package org.loungehub.console;

import java.util.List;
import org.loungehub.access.Caller;
import org.loungehub.access.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in console user, standing for the same kind of caller (role, partner) the services check for an API
 * key. Kept in the session, so it holds only serializable values.
 */
class ConsoleUser extends User {

    private final Role role;
    private final String partnerId;

    ConsoleUser(String username, String passwordHash, Caller caller, boolean accountNonLocked) {
        super(username, passwordHash, true, true, true, accountNonLocked,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        this.role = caller.role();
        this.partnerId = caller.partnerId();
    }

    Caller caller() {
        return new Caller("account:" + getUsername(), role, partnerId);
    }

    boolean isStaff() {
        return caller().isStaff();
    }

    String partnerId() {
        return partnerId;
    }
}
