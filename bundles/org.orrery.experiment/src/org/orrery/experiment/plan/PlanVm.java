package org.orrery.experiment.plan;

import java.util.Objects;

/**
 * A virtual machine of a plan, with what its migrations depend on.
 *
 * @param subject                telemetry subject, e.g. {@code vm/web1}
 * @param host                   subject of the host it starts on, or null when it is not placed
 * @param memoryBytes            its memory, bytes
 * @param usedBytes              memory ever written (the rest are zero pages, sent as markers), bytes
 * @param dirtyRate              distinct bytes the running guest dirties per second
 * @param hotBytes               its writable working set, the region it keeps dirtying, bytes; 0 when
 *                               the writes spread over all the used memory
 * @param intraDuplicateFraction share of used pages that duplicate another page of the same VM
 * @param sharedBytes            memory identical to other VMs' (the same image), bytes
 * @param state                  its {@link org.orrery.telemetry.LifecycleState} at the start
 */
public record PlanVm(String subject, String host, long memoryBytes, long usedBytes, double dirtyRate, long hotBytes,
        double intraDuplicateFraction, long sharedBytes, String state) {

    public PlanVm {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
        if (memoryBytes <= 0 || usedBytes < 0 || usedBytes > memoryBytes || hotBytes < 0 || hotBytes > usedBytes
                || sharedBytes < 0 || sharedBytes > usedBytes) {
            throw new IllegalArgumentException(subject + ": need 0 <= hot, shared <= used <= memory, memory > 0:"
                    + " memory " + memoryBytes + ", used " + usedBytes + ", hot " + hotBytes + ", shared "
                    + sharedBytes);
        }
        if (!(dirtyRate >= 0) || Double.isInfinite(dirtyRate)) {
            throw new IllegalArgumentException(subject + ": dirty rate must be finite and not negative: " + dirtyRate);
        }
        if (!(intraDuplicateFraction >= 0 && intraDuplicateFraction <= 1)) {
            throw new IllegalArgumentException(subject + ": duplicate fraction must be within [0, 1]: "
                    + intraDuplicateFraction);
        }
    }

    /** A VM whose memory is all used and dirtied uniformly, with no duplicate or shared content. */
    public static PlanVm uniform(String subject, String host, long memoryBytes, double dirtyRate, String state) {
        return new PlanVm(subject, host, memoryBytes, memoryBytes, dirtyRate, 0, 0, 0, state);
    }
}
