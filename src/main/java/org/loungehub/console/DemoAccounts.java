package org.loungehub.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.loungehub.access.AccessProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The local demo's console sign-ins, beside its API keys: a staff user and a user of the demo partner, with fresh
 * random passwords at every start, printed and appended to the demo keys file. Off wherever demo keys are off.
 */
@Component
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String STAFF = "demo-staff";
    static final String PARTNER = "demo-partner";
    static final String PARTNER_ID = "lounge-desk";

    private final Accounts accounts;
    private final AccessProperties access;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(Accounts accounts, AccessProperties access) {
        this.accounts = accounts;
        this.access = access;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!access.demoKeys()) {
            return;
        }
        String staff = password();
        String partner = password();
        accounts.put(new AccountRequest(STAFF, staff, "staff", null), "demo");
        accounts.put(new AccountRequest(PARTNER, partner, "partner", PARTNER_ID), "demo");
        List<String> lines = List.of(
                "# Console sign-ins (http://localhost:8080/console), fresh at every start: user=password",
                "console-staff " + STAFF + "=" + staff,
                "console-partner(" + PARTNER_ID + ") " + PARTNER + "=" + partner);
        append(access.demoKeysFile(), lines);
        log.warn("\n\n  Demo console: http://localhost:8080/console (also in {})\n    staff:   {} / {}\n    partner: {} / {} ({})\n",
                access.demoKeysFile().toAbsolutePath(), STAFF, staff, PARTNER, partner, PARTNER_ID);
    }

    private String password() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void append(Path file, List<String> lines) {
        try {
            // the demo keys were written just before, with owner-only permissions; this adds to them
            Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("Demo console sign-ins not written to {}: {}", file, e.getMessage());
        }
    }
}
