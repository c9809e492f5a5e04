package org.loungehub.docking.schedule;

/**
 * An upper bound on the weight any schedule can reach: {@code weight} is the floor of {@code relaxation}, the
 * optimum of the linear relaxation (weights are integers, so no schedule exceeds the floor).
 */
public record Bound(long weight, double relaxation) {
}
