package org.orrery.experiment.plan;

import java.util.List;
import java.util.Objects;

import org.orrery.sim.migration.ClusterParameters;

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
     * @param cluster      null: each VM is a migration of its own; otherwise the VMs move together as
     *                     one cluster migration (VIOLIN's whole environment), still each with its
     *                     own migration events
     */
    record Migrate(long at, String name, List<String> vms, List<String> destinations, Cluster cluster)
            implements PlanStep {
        public Migrate {
            Objects.requireNonNull(name, "name");
            vms = List.copyOf(vms);
            destinations = List.copyOf(destinations);
            if (vms.size() != destinations.size()) {
                throw new IllegalArgumentException(name + ": one destination per VM");
            }
        }

        /** VMs that migrate each on its own, at the same time. */
        public Migrate(long at, String name, List<String> vms, List<String> destinations) {
            this(at, name, vms, destinations, null);
        }
    }

    /**
     * What makes the VMs of a {@link Migrate} step one cluster migration.
     *
     * @param subject    telemetry subject of the cluster's own MIGRATION_START and MIGRATION_END
     * @param parameters concurrency and the network costs of moving a whole environment
     */
    record Cluster(String subject, ClusterParameters parameters) {
        public Cluster {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(parameters, "parameters");
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
