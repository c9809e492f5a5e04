package org.loungehub.intake.mapping;

import java.util.List;
import org.loungehub.api.ApiProblem;

/** One or more partner configuration files are wrong; each problem names the file and the key. */
public class InvalidPartnerConfigException extends ApiProblem {

    private final List<String> problems;

    public InvalidPartnerConfigException(List<String> problems) {
        super(Type.BAD_REQUEST, "invalid partner configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
