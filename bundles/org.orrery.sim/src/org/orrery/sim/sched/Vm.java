package org.orrery.sim.sched;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A guest as the host scheduler sees it: a set of sibling vCPU threads. Co-scheduling policies
 * want siblings on different pCPUs at the same time; the guest's own behaviour (its workload and
 * spin locks) lives with the vCPU's {@link TaskBehavior}.
 */
public final class Vm {

    private final int index;
    private final String id;
    private final List<Task> vcpus = new ArrayList<>();
    private final List<Task> readOnly = Collections.unmodifiableList(vcpus);

    /**
     * @param index dense index of the VM on its host (the view's hue)
     * @param id    telemetry id, e.g. {@code vm/kernbench}
     */
    public Vm(int index, String id) {
        this.index = index;
        this.id = Objects.requireNonNull(id, "id");
    }

    /** Dense index on its host. */
    public int index() {
        return index;
    }

    /** Telemetry id. */
    public String id() {
        return id;
    }

    /** Its vCPU threads, by vCPU number. */
    public List<Task> vcpus() {
        return readOnly;
    }

    void add(Task vcpu) {
        vcpus.add(vcpu);
    }

    @Override
    public String toString() {
        return id;
    }
}
