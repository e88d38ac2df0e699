package org.orrery.sim.sched.experiment;

import java.util.Objects;

/**
 * VMs of one kind on the host, as an experiment file's {@code vm} line gives them.
 *
 * @param name     base name; with {@code count > 1} the VMs are {@code name1..nameN}
 * @param kind     workload kind (see {@link WorkloadCatalog})
 * @param vcpus    vCPUs per VM
 * @param count    how many such VMs
 * @param measured whether the results report its completion time or throughput
 * @param options  the workload's settings
 */
public record VmSpec(String name, String kind, int vcpus, int count, boolean measured, Options options) {

    public VmSpec {
        Objects.requireNonNull(name, "name");
        if (vcpus < 1 || count < 0) {
            throw new IllegalArgumentException("vm " + name + ": vcpus must be >= 1 and count >= 0");
        }
    }
}
