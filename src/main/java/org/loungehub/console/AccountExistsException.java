package org.loungehub.console;

import org.loungehub.api.ApiProblem;

/** A username that is taken (409). */
public class AccountExistsException extends ApiProblem {

    AccountExistsException(String username) {
        super(Type.CONFLICT, "An account '" + username + "' exists already");
    }
}
