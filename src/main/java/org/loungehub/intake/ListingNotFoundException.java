package org.loungehub.intake;

public class ListingNotFoundException extends RuntimeException {
    public ListingNotFoundException(String id) {
        super("No listing '" + id + "'");
    }
}
