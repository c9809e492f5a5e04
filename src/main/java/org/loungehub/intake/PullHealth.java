package org.loungehub.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether a pulled source's failure is news (routes/pull.yaml). A partner's server that answers 404 for a day is
 * polled every delay; the operator is warned when it starts failing and when the failure changes, told when it
 * answers again, and not warned at every poll in between (those polls log at DEBUG).
 */
@Component("pullHealth")
public class PullHealth {

    private static final Logger log = LoggerFactory.getLogger(PullHealth.class);

    private final Map<String, String> failing = new ConcurrentHashMap<>();

    /**
     * Void, as are the other steps here: a bean step's answer would replace the message body.
     *
     * @param source  the pulled source (its route id)
     * @param failure what went wrong, as the operator reads it
     */
    public void failed(String source, String failure) {
        String before = failing.put(source, failure);
        if (failure.equals(before)) {
            log.debug("{} (again)", failure);
        } else {
            log.warn("{}; polled again at every delay, warned again only if this changes", failure);
        }
    }

    /** @param source the pulled source (its route id), whose server answered 200 or 304 */
    public void answered(String source) {
        String before = failing.remove(source);
        if (before != null) {
            log.info("{} answers again (it had failed: {})", source, before);
        }
    }
}
