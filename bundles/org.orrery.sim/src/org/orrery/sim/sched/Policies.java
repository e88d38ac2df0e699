package org.orrery.sim.sched;

import java.util.List;
import java.util.Locale;

/** The policies of sbco.md by name. */
public final class Policies {

    /** Names in the order the experiments report them. */
    public static final List<String> NAMES = List.of("DFT", "BAL", "SBCO", "PROCCO", "CPUCO");

    private Policies() {
    }

    /**
     * A fresh policy called {@code name} (case-insensitive): DFT (stock CFS), BAL (siblings on
     * distinct queues), SBCO (with {@code sbco}), PROCCO (vCPU0 pulls its siblings by IPI), CPUCO
     * (pCPU0 gangs the VM it runs onto all pCPUs by IPI).
     */
    public static SchedulingPolicy create(String name, SbcoParameters sbco) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "DFT" -> () -> "DFT";
            case "BAL" -> new Balanced();
            case "SBCO" -> new SelfBoostedCoScheduling(sbco);
            case "PROCCO" -> new CoScheduling(CoScheduling.Trigger.VCPU0);
            case "CPUCO" -> new CoScheduling(CoScheduling.Trigger.PCPU0);
            default -> throw new IllegalArgumentException(
                    "unknown scheduling policy '" + name + "': use one of " + String.join(", ", NAMES));
        };
    }

    /** BAL: allowed-CPU masks keep siblings on distinct queues; picking is stock CFS. */
    private static final class Balanced implements SchedulingPolicy {
        @Override
        public String name() {
            return "BAL";
        }

        @Override
        public boolean separatesSiblings() {
            return true;
        }
    }
}
