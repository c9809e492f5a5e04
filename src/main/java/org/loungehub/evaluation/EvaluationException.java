package org.loungehub.evaluation;

/** Why an evaluation cannot go on, worded for the person who ran it: what failed and what to do. */
class EvaluationException extends RuntimeException {

    EvaluationException(String message) {
        super(message);
    }
}
