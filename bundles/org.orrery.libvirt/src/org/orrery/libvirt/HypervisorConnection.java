package org.orrery.libvirt;

import java.util.List;

/**
 * An open connection to one hypervisor host. Obtained from, shared through and closed by a
 * {@link ConnectionManager}; safe to use from several threads. Domains are addressed by name.
 */
public interface HypervisorConnection {

    /** The URI this connection was opened with. */
    HypervisorUri uri();

    /** The host's hardware. */
    HostInfo hostInfo() throws HypervisorException;

    /** Every domain on the host, running or only defined, sorted by name. */
    List<DomainSummary> listDomains() throws HypervisorException;

    /** The domain called {@code name}. */
    DomainSummary domain(String name) throws HypervisorException;

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
}
