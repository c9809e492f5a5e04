package org.loungehub.docking.schedule;

/** An accepted (or not accepted) request the schedule leaves out, and why. */
public record Exclusion(String requestId, Reason reason, String detail) {

    public enum Reason {
        NOT_ACCEPTED("the request was not accepted"),
        UNKNOWN_PARTICIPANT("participant %s is not registered for the event"),
        DUPLICATE_PAIR("the pair already meets through request %s"),
        NO_INTERPRETER_AT_EVENT("the two sides share no language and the event has no interpreter for them (%s)"),
        NO_TABLE_OF_KIND("the event has no %s table"),
        NO_COMMON_FREE_SLOT("no common free slot"),
        PARTICIPANT_AT_MAXIMUM("participant %s at its maximum"),
        NO_INTERPRETER_FREE("no interpreter %s free in the common slots"),
        NO_TABLE_FREE("no %s table free in the common slots"),
        NO_TABLE_OR_INTERPRETER_FREE("no table or interpreter free in the common slots (%s)"),
        LOST_TO_HIGHER_PRIORITY("lost to higher-priority meetings: in every common slot one side meets someone else");

        private final String template;

        Reason(String template) {
            this.template = template;
        }
    }

    public String message() {
        return reason.template.formatted(detail);
    }
}
