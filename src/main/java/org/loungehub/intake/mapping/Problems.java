package org.loungehub.intake.mapping;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a configuration file, each naming the file and the key, so one start-up shows all. */
final class Problems {

    private final String origin;
    private final List<String> messages = new ArrayList<>();

    Problems(String origin) {
        this.origin = origin;
    }

    void add(String key, String message) {
        messages.add(origin + (key == null || key.isEmpty() ? "" : ": " + key) + ": " + message);
    }

    boolean any() {
        return !messages.isEmpty();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
