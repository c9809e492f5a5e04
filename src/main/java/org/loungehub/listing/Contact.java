package org.loungehub.listing;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Personal contact data: shown only to staff and the owning partner. */
public record Contact(String name, String email, String phone) {

    /** Not a field: serialized, it would be an "empty" property the listings mapping (strict) refuses. */
    @JsonIgnore
    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
