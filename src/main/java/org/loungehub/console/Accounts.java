package org.loungehub.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.loungehub.access.Caller;
import org.loungehub.access.Callers;
import org.loungehub.access.Role;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Console sign-ins: created by an admin, checked by Spring Security (passwords bcrypt-hashed through the
 * DelegatingPasswordEncoder), locked for a while after too many failed sign-ins in a row.
 */
@Component("accounts")
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    private final AccountStore store;
    private final PartnerRegistry partners;
    private final ConsoleProperties properties;
    private final Clock clock;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    Accounts(AccountStore store, PartnerRegistry partners, ConsoleProperties properties, Clock clock) {
        this.store = store;
        this.partners = partners;
        this.properties = properties;
        this.clock = clock;
    }

    /** For POST /api/v1/accounts (admin). */
    public AccountView create(AccountRequest request, Caller by) {
        Callers.required(by);
        if (request == null) {
            throw new IllegalArgumentException("Send a JSON body: {\"username\": \"...\", \"password\": \"...\", \"role\": \"staff|admin|partner\", \"partnerId\": \"(for partner users)\"}");
        }
        Account account = newAccount(request, by.id());
        if (!store.create(account)) {
            throw new AccountExistsException(account.username());
        }
        log.info("Console account '{}' ({}{}) created by {}", account.username(), account.role(),
                account.partnerId() == null ? "" : " for " + account.partnerId(), by.id());
        return AccountView.of(account);
    }

    /** Creates the account, or gives an existing one this password and role (the demo's sign-ins, fresh at every start). */
    AccountView put(AccountRequest request, String by) {
        Account account = newAccount(request, by);
        store.save(account);
        return AccountView.of(account);
    }

    Optional<AccountView> find(String username) {
        return store.find(normalize(username)).map(AccountView::of);
    }

    /** For the sign-in form (not a UserDetailsService bean: the API's chain must not pick it up). */
    UserDetails user(String username) {
        Account account = store.find(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        Caller caller = new Caller("account:" + account.username(), Role.parse(account.role()), account.partnerId());
        return new ConsoleUser(account.username(), account.passwordHash(), caller, !account.lockedAt(clock.instant()));
    }

    /** A wrong password: counted, and the account locked when it is one too many. */
    void signInFailed(String username) {
        if (username == null) {
            return;
        }
        store.find(normalize(username)).ifPresent(account -> {
            Instant now = clock.instant();
            if (account.lockedAt(now)) {
                return;
            }
            Account failed = account.failed(properties.maxFailedSignIns(), now, properties.lockout());
            store.save(failed);
            if (failed.lockedAt(now)) {
                log.warn("Console account '{}' locked until {} after {} failed sign-ins", account.username(),
                        failed.lockedUntil(), properties.maxFailedSignIns());
            }
        });
    }

    void signedIn(String username) {
        store.find(normalize(username)).filter(a -> a.failedSignIns() > 0 || a.lockedUntil() != null)
                .ifPresent(account -> store.save(account.succeeded()));
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    private Account newAccount(AccountRequest request, String by) {
        String username = normalize(request.username());
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("'username' must be 3 to 64 characters: letters, digits, '.', '_', '@' or '-'");
        }
        Role role = Role.parse(request.role());
        if (role == Role.ENTERPRISE) {
            throw new IllegalArgumentException("The console has no enterprise users; use role staff, admin or partner");
        }
        String partnerId = request.partnerId() == null || request.partnerId().isBlank() ? null : request.partnerId().strip();
        if (role == Role.PARTNER) {
            if (partnerId == null) {
                throw new IllegalArgumentException("A partner user needs 'partnerId': the partner it belongs to (GET /api/v1/partners lists them)");
            }
            partners.find(partnerId).orElseThrow(() -> new IllegalArgumentException("Unknown partnerId '" + partnerId + "'"));
        } else if (partnerId != null) {
            throw new IllegalArgumentException("'partnerId' is only for partner users, not for role " + role.id());
        }
        String password = request.password();
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw new IllegalArgumentException("'password' must have at least " + properties.minPasswordLength() + " characters");
        }
        return new Account(username, encoder.encode(password), role.id(), partnerId, clock.instant(), by, 0, null);
    }

    private static String normalize(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
