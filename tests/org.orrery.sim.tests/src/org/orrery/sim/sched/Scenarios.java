package org.orrery.sim.sched;

import java.util.ArrayList;
import java.util.List;

import org.orrery.sim.sched.experiment.DefinitionParser;
import org.orrery.sim.sched.experiment.HostSpec;
import org.orrery.sim.sched.experiment.SchedWorld;
import org.orrery.telemetry.TelemetryStore;

/** Host set-ups the scheduler tests share, written in the experiment-file format. */
final class Scenarios {

    /** Three I/O-heavy Kernbench VMs on 8 pCPUs: vCPUs sleep and wake often, so CFS can stack them. */
    static final List<String> CHURN = List.of("pcpus = 8",
            "vm kb = kernbench vcpus=4 count=3 jobs=300 halt=0.3 idle=5ms measure");

    /**
     * A Kernbench VM among eleven four-thread hog groups: 48 threads on 8 pCPUs, run queues of
     * about six, deep enough for SBCO's threshold (alpha x 6 = 4) to be crossed.
     */
    static final List<String> DEEP = List.of("pcpus = 8", "vm kb = kernbench vcpus=4 jobs=100 measure",
            "vm hog = hog vcpus=4 count=11");

    private Scenarios() {
    }

    static HostSpec host(List<String> lines) {
        List<String> all = new ArrayList<>(lines);
        all.add("policies = DFT");
        return DefinitionParser.parse(all, "test").variants().get(0).host();
    }

    /** A world of {@code lines} under {@code policy}, not yet run. */
    static SchedWorld world(List<String> lines, String policy, long seed) {
        return new SchedWorld(host(lines), policy, seed, "host/test", new TelemetryStore());
    }
}
