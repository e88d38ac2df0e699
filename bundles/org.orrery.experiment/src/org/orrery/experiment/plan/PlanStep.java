package org.orrery.experiment.plan;

import java.util.List;
import java.util.Objects;

/** One scripted action of a plan, at a simulated time. */
public sealed interface PlanStep {

    /** When it happens, nanoseconds from the start of the run. */
    long at();

    /** Its name in the model, for messages. */
    String name();

    /**
     * Migrate VMs; each to its own destination host.
     *
     * @param vms          VM subjects
     * @param destinations host subjects, one per VM
     */
    record Migrate(long at, String name, List<String> vms, List<String> destinations) implements PlanStep {
        public Migrate {
            Objects.requireNonNull(name, "name");
            vms = List.copyOf(vms);
            destinations = List.copyOf(destinations);
            if (vms.size() != destinations.size()) {
                throw new IllegalArgumentException(name + ": one destination per VM");
            }
        }
    }

    /**
     * Change a link.
     *
     * @param link           link subject
     * @param bytesPerSecond new bandwidth, or NaN to keep it
     * @param latency        new one-way latency, nanoseconds, or -1 to keep it
     */
    record SetLink(long at, String name, String link, double bytesPerSecond, long latency) implements PlanStep {
        public SetLink {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(link, "link");
        }
    }

    /**
     * Change VMs' life-cycle state (start, stop, suspend, resume).
     *
     * @param vms   VM subjects
     * @param state the {@link org.orrery.telemetry.LifecycleState} they enter
     */
    record Lifecycle(long at, String name, List<String> vms, String state) implements PlanStep {
        public Lifecycle {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            vms = List.copyOf(vms);
        }
    }
}
