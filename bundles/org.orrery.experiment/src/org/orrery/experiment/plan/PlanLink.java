package org.orrery.experiment.plan;

import java.util.Objects;

/**
 * A network link of a plan between two endpoints (hosts, routers, sites), usable both ways.
 *
 * @param subject        telemetry subject, e.g. {@code link/wan}
 * @param from           subject of one end
 * @param to             subject of the other end
 * @param bytesPerSecond bandwidth at the start of the run, bytes per second
 * @param latency        one-way latency at the start of the run, nanoseconds
 */
public record PlanLink(String subject, String from, String to, double bytesPerSecond, long latency) {

    public PlanLink {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!(bytesPerSecond > 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException(subject + ": bandwidth must be positive and finite: " + bytesPerSecond);
        }
        if (latency < 0) {
            throw new IllegalArgumentException(subject + ": latency must not be negative: " + latency);
        }
    }
}
