package org.loungehub.console;

/** A username that is taken (409). */
public class AccountExistsException extends RuntimeException {

    AccountExistsException(String username) {
        super("An account '" + username + "' exists already");
    }
}
