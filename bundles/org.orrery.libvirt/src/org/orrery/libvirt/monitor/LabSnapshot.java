package org.orrery.libvirt.monitor;

import java.util.List;

import org.orrery.libvirt.DomainState;

/**
 * What a lab monitor saw at its last sample: per hypervisor (hosts sharing a URI share one), its
 * connection status and running domains. Immutable; a view reads the latest one on its timer.
 *
 * @param time        when it was taken, on the connection manager's clock (ns)
 * @param sampleNanos how long taking it took (all hypervisors), ns
 * @param hypervisors the watched hypervisors, in the order of their first host
 */
public record LabSnapshot(long time, long sampleNanos, List<Hypervisor> hypervisors) {

    /** Connection status of a hypervisor. */
    public enum Status {
        /** Not tried yet. */
        CONNECTING,
        /** Answering. */
        CONNECTED,
        /** Not answering; the monitor tries again later. */
        UNREACHABLE
    }

    /**
     * One hypervisor.
     *
     * @param uri          its URI
     * @param hosts        the model hosts reaching it
     * @param status       its connection status
     * @param message      why it is unreachable (the user message), or empty
     * @param retryInMillis when unreachable, time until the next try
     * @param domains      its running domains, by name
     */
    public record Hypervisor(String uri, List<LabHost> hosts, Status status, String message, long retryInMillis,
            List<Domain> domains) {

        public Hypervisor {
            hosts = List.copyOf(hosts);
            domains = List.copyOf(domains);
        }
    }

    /**
     * One running domain.
     *
     * @param name          its name
     * @param state         its state
     * @param vcpus         its vCPUs
     * @param memoryKiB     memory it has
     * @param cpuLoad       CPU used over the last interval, a fraction of its vCPUs (NaN on the first sample)
     * @param pcpus         host CPU of each vCPU, by vCPU index (-1 unknown)
     * @param runQueueWait  largest run-queue wait of its vCPUs over the last interval, a fraction
     *                      (NaN when the host does not report it)
     */
    public record Domain(String name, DomainState state, int vcpus, long memoryKiB, double cpuLoad, List<Integer> pcpus,
            double runQueueWait) {

        public Domain {
            pcpus = List.copyOf(pcpus);
        }
    }

    public LabSnapshot {
        hypervisors = List.copyOf(hypervisors);
    }

    /** Nothing watched yet. */
    public static final LabSnapshot EMPTY = new LabSnapshot(0, 0, List.of());
}
