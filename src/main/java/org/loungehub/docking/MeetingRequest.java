package org.loungehub.docking;

/**
 * A request that two participants meet. {@code weight} is its priority (higher is more valuable); a must-meet
 * pair (set by staff) is scheduled before any other meeting, whatever the weights.
 */
public record MeetingRequest(String id, String requester, String counterpart, int weight, boolean mustMeet,
                             RequestState state) {

    public MeetingRequest {
        if (requester.equals(counterpart)) {
            throw new IllegalArgumentException("request " + id + " asks " + requester + " to meet itself");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("request " + id + " has weight " + weight + "; weights start at 1");
        }
    }

    public boolean involves(String organizationId) {
        return requester.equals(organizationId) || counterpart.equals(organizationId);
    }

    public boolean samePair(String a, String b) {
        return requester.equals(a) && counterpart.equals(b) || requester.equals(b) && counterpart.equals(a);
    }
}
