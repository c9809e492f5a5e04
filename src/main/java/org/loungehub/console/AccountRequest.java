package org.loungehub.console;

/** Body of POST /api/v1/accounts: a console sign-in for a person (staff, admin, or a partner's user). */
public record AccountRequest(String username, String password, String role, String partnerId) {
}
