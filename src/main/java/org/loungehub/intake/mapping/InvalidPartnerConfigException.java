package org.loungehub.intake.mapping;

import java.util.List;

/** One or more partner configuration files are wrong; each problem names the file and the key. */
public class InvalidPartnerConfigException extends RuntimeException {

    private final List<String> problems;

    public InvalidPartnerConfigException(List<String> problems) {
        super("invalid partner configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
