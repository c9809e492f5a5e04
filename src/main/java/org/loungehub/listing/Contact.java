package org.loungehub.listing;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Personal contact data: shown only to staff and the owning partner. */
public record Contact(String name, String email, String phone) {

    /** Not a field: without the annotation Jackson writes "empty", which the strict listings mapping refuses. */
    @JsonIgnore
    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
