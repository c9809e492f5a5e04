package org.loungehub.listing;

/** Personal contact data: shown only to staff and the owning partner. */
public record Contact(String name, String email, String phone) {

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
