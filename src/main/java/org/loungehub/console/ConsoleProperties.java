package org.loungehub.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param signInsPerMinute sign-in attempts per minute and client address (a brake on password guessing)
 * @param minPasswordLength shortest password an account may be given
 */
@ConfigurationProperties("hub.console")
record ConsoleProperties(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockout,
                         @DefaultValue("20") int signInsPerMinute, @DefaultValue("12") int minPasswordLength) {
}
