package org.orrery.experiment.plan;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a simulated run needs, as plain objects (no EMF: the simulator's hot loop must not
 * pay for notifications): the infrastructure, the VMs, the scripted steps in time order and the
 * migration policy. {@link org.orrery.experiment.bridge.ModelBridge} makes one from a model's
 * experiment; tests and tools may build one directly.
 *
 * @param name           the experiment's name
 * @param seed           master seed of the run's random streams
 * @param duration       simulated time to run, nanoseconds
 * @param hosts          the hosts
 * @param links          the network links (hosts, routers and sites as endpoints)
 * @param vms            the VMs
 * @param steps          the steps, sorted by time (stable: equal times keep their order)
 * @param migration      the migration policy
 * @param sampleInterval interval of the per-host samples (VMs placed), nanoseconds
 */
public record RunPlan(String name, long seed, long duration, List<PlanHost> hosts, List<PlanLink> links,
        List<PlanVm> vms, List<PlanStep> steps, MigrationPolicy migration, long sampleInterval) {

    public RunPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(migration, "migration");
        hosts = List.copyOf(hosts);
        links = List.copyOf(links);
        vms = List.copyOf(vms);
        steps = steps.stream().sorted(Comparator.comparingLong(PlanStep::at)).toList();
        if (duration <= 0 || sampleInterval <= 0) {
            throw new IllegalArgumentException("duration and sample interval must be positive");
        }
        Set<String> hostIds = new HashSet<>();
        hosts.forEach(h -> hostIds.add(h.subject()));
        for (PlanVm vm : vms) {
            if (vm.host() != null && !hostIds.contains(vm.host())) {
                throw new IllegalArgumentException(vm.subject() + " is on unknown host " + vm.host());
            }
        }
    }

    /** The same plan with another seed and, if positive, another duration. */
    public RunPlan with(long newSeed, long newDuration) {
        return new RunPlan(name, newSeed, newDuration > 0 ? newDuration : duration, hosts, links, vms, steps,
                migration, sampleInterval);
    }
}
