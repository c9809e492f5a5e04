package org.loungehub.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a caller may do. Admin manages partners and keys and may do everything staff may. */
public enum Role {
    /** Partners and keys, and everything staff may do. */
    ADMIN,
    /** Everything about listings, including contact data, dead letters and entity links. */
    STAFF,
    /** Writes and reads only its own listings, batches and dead letters. */
    PARTNER,
    /** Search, match and saved demands; never contact data. */
    ENTERPRISE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        if (value != null) {
            for (Role role : values()) {
                if (role.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("Unknown role '" + value + "'; use one of "
                + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")));
    }
}
