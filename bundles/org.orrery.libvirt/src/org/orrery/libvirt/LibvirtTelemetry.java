package org.orrery.libvirt;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;

/**
 * What the libvirt engine writes to telemetry, in the shared vocabulary ({@link EventKind},
 * {@link Attribute}); the constants here are the same names, kept for callers of this class.
 * <ul>
 * <li>{@code LIFECYCLE} about {@link #vm(String) vm/NAME}: libvirt's life-cycle events as they
 * happen (state, event, detail, host = URI).</li>
 * <li>{@code METRIC} about {@code vm/NAME} at the monitor's rate: {@link Attribute#CPU_LOAD} (CPU
 * time used over the interval, as a fraction of the domain's vCPUs), {@link #MEMORY_ASSIGNED}
 * and {@link #MEMORY_USED} (bytes), {@link Attribute#HOST}.</li>
 * <li>{@code VCPU_STATE} about {@link #vcpu(String, int) vm/NAME/vcpuN}: {@link Attribute#STATE}
 * ({@code running}, {@code blocked}, {@code offline}), {@link Attribute#PCPU}, {@link Attribute#HOST},
 * {@link Attribute#CPU_LOAD}, and where the host reports it {@link #RUN_QUEUE_WAIT} (over the interval)
 * and {@link #RUN_QUEUE_DELAY} (libvirt's {@code vcpu.N.delay} as read).</li>
 * <li>{@code METRIC} about {@link #host(String) host/ID}: {@link Attribute#HOST} (its URI),
 * {@link Attribute#PCPUS} (its CPUs), {@link Attribute#VM_COUNT} (running domains) and
 * {@link Attribute#CPU_LOAD} (their CPU time over the host's CPUs).</li>
 * <li>{@code MESSAGE} about {@code host/ID} when its connection is made, lost or made again.</li>
 * <li>{@code MIGRATION_START}, {@code MIGRATION_ROUND} (when libvirt's memory iteration advances:
 * the round that ended), {@code MIGRATION_SWITCHOVER} (the source paused), {@code MIGRATION_END}
 * or {@code MIGRATION_FAILED} about {@code vm/NAME}; and at the poll rate a {@code METRIC} about
 * {@code vm/NAME} with the job's statistics: {@link Attribute#ITERATION},
 * {@link #BYTES_PROCESSED}, {@link Attribute#BYTES_REMAINING}, {@link Attribute#DIRTY_RATE},
 * {@link Attribute#BANDWIDTH}, {@link Attribute#EXPECTED_DOWNTIME}.</li>
 * </ul>
 */
public final class LibvirtTelemetry {

    /** METRIC: memory the guest has (its balloon's size), bytes. */
    public static final String MEMORY_ASSIGNED = Attribute.MEMORY_ASSIGNED;
    /** METRIC: host memory the guest occupies (its process's resident size, else its balloon), bytes. */
    public static final String MEMORY_USED = Attribute.MEMORY_USED;
    /** VCPU_STATE: share of the interval the vCPU was runnable but waited for a host CPU, a fraction. */
    public static final String RUN_QUEUE_WAIT = Attribute.RUN_QUEUE_WAIT;
    /** VCPU_STATE: time the vCPU was runnable but waited for a host CPU since the domain started, ns. */
    public static final String RUN_QUEUE_DELAY = Attribute.RUN_QUEUE_DELAY;
    /** Migration METRIC: bytes sent since the migration started. */
    public static final String BYTES_PROCESSED = Attribute.BYTES_PROCESSED;

    private LibvirtTelemetry() {
    }

    /** The subject of domain {@code name}: {@code vm/NAME}. */
    public static String vm(String name) {
        return "vm/" + name;
    }

    /** The subject of a domain's vCPU: {@code vm/NAME/vcpuN}. */
    public static String vcpu(String domain, int index) {
        return vm(domain) + "/vcpu" + index;
    }

    /** The subject of a host: {@code host/ID}. */
    public static String host(String id) {
        return "host/" + id;
    }
}
