package org.orrery.experiment.plan;

import java.util.Objects;

/**
 * A physical host of a plan.
 *
 * @param subject     telemetry subject, e.g. {@code host/a1}
 * @param memoryBytes its memory, bytes
 */
public record PlanHost(String subject, long memoryBytes) {

    public PlanHost {
        Objects.requireNonNull(subject, "subject");
    }
}
