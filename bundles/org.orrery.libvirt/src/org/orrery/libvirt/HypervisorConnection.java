package org.orrery.libvirt;

import java.util.List;
import java.util.Optional;

/**
 * An open connection to one hypervisor host. Obtained from, shared through and closed by a
 * {@link ConnectionManager}; safe to use from several threads. Domains and networks are addressed
 * by name. Failures are {@link HypervisorException}s whose message is meant for the user.
 */
public interface HypervisorConnection {

    /** The URI this connection was opened with. */
    HypervisorUri uri();

    /** The host's name as it reports it. */
    String hostName() throws HypervisorException;

    /** The host's hardware. */
    HostInfo hostInfo() throws HypervisorException;

    /** Whether the host still answers (a remote daemon may have gone away). */
    boolean isAlive();

    // --- domains

    /** Every domain on the host, running or only defined, sorted by name. */
    List<DomainSummary> listDomains() throws HypervisorException;

    /** The domain called {@code name}. */
    DomainSummary domain(String name) throws HypervisorException;

    /** The domain called {@code name}, or empty when the host has none of that name. */
    Optional<DomainSummary> findDomain(String name) throws HypervisorException;

    /** The domain's XML description as libvirt holds it (its persistent definition when it has one). */
    String domainXml(String name) throws HypervisorException;

    /** Defines (persistently, not started) a domain from libvirt domain XML. */
    DomainSummary defineDomain(String xml) throws HypervisorException;

    /** Starts a defined domain. */
    void start(String name) throws HypervisorException;

    /** Pauses a running domain. */
    void suspend(String name) throws HypervisorException;

    /** Resumes a paused domain. */
    void resume(String name) throws HypervisorException;

    /** Stops a domain at once, like pulling the plug; its definition stays. */
    void destroy(String name) throws HypervisorException;

    /** Removes a domain's definition (a running domain keeps running, as a transient one). */
    void undefine(String name) throws HypervisorException;

    /**
     * Counters of every running domain: CPU time, memory, and per vCPU its state, host CPU and
     * run-queue wait. One round trip per host where the hypervisor supports bulk statistics.
     */
    List<DomainSample> sampleDomains() throws HypervisorException;

    // --- networks

    /** Every virtual network on the host, started or only defined, sorted by name. */
    List<NetworkSummary> listNetworks() throws HypervisorException;

    /** The network called {@code name}, or empty when the host has none of that name. */
    Optional<NetworkSummary> findNetwork(String name) throws HypervisorException;

    /** The network's XML description. */
    String networkXml(String name) throws HypervisorException;

    /** Defines (persistently, not started) a network from libvirt network XML. */
    NetworkSummary defineNetwork(String xml) throws HypervisorException;

    /** Starts a defined network. */
    void startNetwork(String name) throws HypervisorException;

    /** Stops a network; its definition stays. */
    void destroyNetwork(String name) throws HypervisorException;

    /** Removes a network's definition. */
    void undefineNetwork(String name) throws HypervisorException;

    // --- storage (disk files)

    /** The storage pool whose target is {@code directory} (started or only defined), if the host has one. */
    Optional<PoolSummary> findPoolFor(String directory) throws HypervisorException;

    /** Defines (persistently, not started) a storage pool from libvirt pool XML. */
    void definePool(String xml) throws HypervisorException;

    /** Starts a defined pool (its directory must exist on the host). */
    void startPool(String name) throws HypervisorException;

    /** Stops a pool; its definition and its files stay. */
    void destroyPool(String name) throws HypervisorException;

    /** Removes a pool's definition; its files stay. */
    void undefinePool(String name) throws HypervisorException;

    /** Whether a volume of a started pool is the file {@code path} (the pool is re-read first). */
    boolean volumeExists(String path) throws HypervisorException;

    /** Creates a volume (a disk file) in the started pool {@code pool} from libvirt volume XML. */
    void createVolume(String pool, String xml) throws HypervisorException;

    /** Deletes the volume that is the file {@code path}, and the file. */
    void deleteVolume(String path) throws HypervisorException;

    // --- migration

    /**
     * Migrates the running domain {@code name} live to {@code destination}, another connection of
     * the same manager; blocks until it completes, fails or is cancelled with
     * {@link #abortJob(String)}. On success the domain runs and is defined on the destination only.
     */
    void migrate(String name, HypervisorConnection destination, MigrationSettings settings)
            throws HypervisorException;

    /**
     * Statistics of the domain's running job; with {@code completed}, those of its last completed
     * job (a migration's final figures, kept by source and destination). Empty when there are none.
     */
    Optional<JobProgress> jobProgress(String name, boolean completed) throws HypervisorException;

    /** Limits the downtime of the domain's running migration, ms. */
    void setMaxDowntime(String name, long millis) throws HypervisorException;

    /** Cancels the domain's running job (a migration): the domain goes on running where it was. */
    void abortJob(String name) throws HypervisorException;
}
