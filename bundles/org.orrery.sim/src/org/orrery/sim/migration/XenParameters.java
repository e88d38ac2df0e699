package org.orrery.sim.migration;

import java.util.Objects;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * Parameters of pre-copy with Xen 3.x semantics; {@link #defaults()} are Xen's stop conditions as
 * violin.md quotes them from its source.
 *
 * @param maxIterations    live rounds after which the next one is the last, paused one
 * @param minPagesPerRound a live round sending fewer pages than this is the last live one
 * @param maxSentFactor    stop once the pages sent exceed this multiple of the VM's pages
 * @param bandwidthLimit   rate limit of every round, bytes per second ({@code +Infinity}: none)
 * @param setupTime        time before the first round, nanoseconds
 * @param deviceStateBytes device state sent during the downtime, bytes
 * @param wire             page encoding
 */
@Describes
public record XenParameters(
        @Parameter(value = "live rounds before the last, paused one", unit = "rounds",
                source = "violin.md: 29 iterations") int maxIterations,
        @Parameter(value = "a round sending fewer pages than this is the last live one", unit = "pages",
                source = "violin.md: fewer than 50 pages") int minPagesPerRound,
        @Parameter(value = "stop once the pages sent exceed this multiple of the VM's pages", unit = "factor",
                source = "violin.md: 3x the VM's pages") double maxSentFactor,
        @Parameter(value = "rate limit of every round; Infinity for none", unit = "B/s", assumption = true)
        double bandwidthLimit,
        @Parameter(value = "time before the first round", unit = "ns", assumption = true) long setupTime,
        @Parameter(value = "device state sent during the downtime", unit = "B", assumption = true)
        long deviceStateBytes,
        WireFormat wire) {

    public XenParameters {
        Objects.requireNonNull(wire, "wire");
        if (maxIterations < 1 || minPagesPerRound < 0 || !(maxSentFactor > 0) || !(bandwidthLimit > 0)
                || setupTime < 0 || deviceStateBytes < 0) {
            throw new IllegalArgumentException("Xen parameters out of range: at least one iteration, positive factor"
                    + " and limit, no negative counts or times");
        }
    }

    /** Xen 3.x: 29 live iterations, 50 pages, 3x; no rate limit, no setup time or device state, pages whole. */
    public static XenParameters defaults() {
        return new XenParameters(29, 50, 3, Double.POSITIVE_INFINITY, 0, 0, WireFormat.XEN);
    }
}
