package org.orrery.libvirt.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.DomainSummary;
import org.orrery.libvirt.HostInfo;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.telemetry.TelemetryStore;

/**
 * A {@link HypervisorConnection} over one libvirt {@link Connect}. libvirt connections are
 * thread-safe; every domain handle taken here is freed before the method returns.
 */
final class LibvirtConnection implements HypervisorConnection {

    /** A libvirt call on a domain handle that answers something. */
    @FunctionalInterface
    private interface DomainQuery<T> {
        T apply(Domain domain) throws LibvirtException;
    }

    /** A libvirt call on a domain handle that changes it. */
    @FunctionalInterface
    private interface DomainAction {
        void apply(Domain domain) throws LibvirtException;
    }

    private final HypervisorUri uri;
    private final Connect connect;
    private final LifecycleForwarder forwarder;

    private LibvirtConnection(HypervisorUri uri, Connect connect, LifecycleForwarder forwarder) {
        this.uri = uri;
        this.connect = connect;
        this.forwarder = forwarder;
    }

    /** Opens a read-write connection and subscribes to its life-cycle events; the event loop must run. */
    static LibvirtConnection open(HypervisorUri uri, TelemetryStore telemetry, LongSupplier clock)
            throws HypervisorException {
        Connect connect;
        try {
            connect = new Connect(uri.text(), false);
        } catch (LibvirtException e) {
            throw ErrorTranslator.translate(e, Operation.CONNECT, null, uri.text());
        }
        LifecycleForwarder forwarder = new LifecycleForwarder(uri.text(), telemetry, clock);
        try {
            connect.addLifecycleListener(forwarder);
        } catch (LibvirtException e) {
            closeQuietly(connect);
            throw ErrorTranslator.translate(e, Operation.CONNECT, null, uri.text());
        }
        return new LibvirtConnection(uri, connect, forwarder);
    }

    @Override
    public HypervisorUri uri() {
        return uri;
    }

    @Override
    public HostInfo hostInfo() throws HypervisorException {
        try {
            NodeInfo node = connect.nodeInfo();
            return new HostInfo(node.model, node.cpus, node.mhz, node.memory);
        } catch (LibvirtException e) {
            throw failure(e, Operation.HOST_INFO, null);
        }
    }

    @Override
    public List<DomainSummary> listDomains() throws HypervisorException {
        Domain[] domains;
        try {
            domains = connect.listAllDomains(0);
        } catch (LibvirtException e) {
            throw failure(e, Operation.LIST, null);
        }
        List<DomainSummary> out = new ArrayList<>(domains.length);
        try {
            for (Domain domain : domains) {
                out.add(summarize(domain));
            }
        } catch (LibvirtException e) {
            throw failure(e, Operation.LIST, null);
        } finally {
            for (Domain domain : domains) {
                free(domain);
            }
        }
        out.sort(Comparator.comparing(DomainSummary::name));
        return out;
    }

    @Override
    public DomainSummary domain(String name) throws HypervisorException {
        return onDomain(name, Operation.LOOKUP, LibvirtConnection::summarize);
    }

    @Override
    public DomainSummary defineDomain(String xml) throws HypervisorException {
        Domain domain;
        try {
            domain = connect.domainDefineXML(xml);
        } catch (LibvirtException e) {
            throw failure(e, Operation.DEFINE, null);
        }
        try {
            return summarize(domain);
        } catch (LibvirtException e) {
            throw failure(e, Operation.DEFINE, null);
        } finally {
            free(domain);
        }
    }

    @Override
    public void start(String name) throws HypervisorException {
        act(name, Operation.START, Domain::create);
    }

    @Override
    public void suspend(String name) throws HypervisorException {
        act(name, Operation.SUSPEND, Domain::suspend);
    }

    @Override
    public void resume(String name) throws HypervisorException {
        act(name, Operation.RESUME, Domain::resume);
    }

    @Override
    public void destroy(String name) throws HypervisorException {
        act(name, Operation.DESTROY, Domain::destroy);
    }

    @Override
    public void undefine(String name) throws HypervisorException {
        act(name, Operation.UNDEFINE, Domain::undefine);
    }

    /** Unsubscribes from events and closes the libvirt connection. */
    void close() {
        try {
            connect.removeLifecycleListener(forwarder);
        } catch (LibvirtException e) {
            // closing below drops the subscription with the connection
        }
        closeQuietly(connect);
    }

    private void act(String name, Operation operation, DomainAction action) throws HypervisorException {
        onDomain(name, operation, domain -> {
            action.apply(domain);
            return null;
        });
    }

    private <T> T onDomain(String name, Operation operation, DomainQuery<T> query) throws HypervisorException {
        Domain domain;
        try {
            domain = connect.domainLookupByName(name);
        } catch (LibvirtException e) {
            throw failure(e, Operation.LOOKUP, name);
        }
        try {
            return query.apply(domain);
        } catch (LibvirtException e) {
            throw failure(e, operation, name);
        } finally {
            free(domain);
        }
    }

    private HypervisorException failure(LibvirtException e, Operation operation, String domain) {
        return ErrorTranslator.translate(e, operation, domain, uri.text());
    }

    private static DomainSummary summarize(Domain domain) throws LibvirtException {
        DomainInfo info = domain.getInfo();
        return new DomainSummary(domain.getName(), domain.getUUIDString(), stateOf(info.state), info.nrVirtCpu,
                info.memory, domain.isActive() == 1);
    }

    private static DomainState stateOf(DomainInfo.DomainState state) {
        return switch (state) {
            case VIR_DOMAIN_RUNNING -> DomainState.RUNNING;
            case VIR_DOMAIN_BLOCKED -> DomainState.BLOCKED;
            case VIR_DOMAIN_PAUSED -> DomainState.PAUSED;
            case VIR_DOMAIN_SHUTDOWN -> DomainState.SHUTTING_DOWN;
            case VIR_DOMAIN_SHUTOFF -> DomainState.SHUT_OFF;
            case VIR_DOMAIN_CRASHED -> DomainState.CRASHED;
            case VIR_DOMAIN_PMSUSPENDED -> DomainState.PM_SUSPENDED;
            default -> DomainState.UNKNOWN;
        };
    }

    private static void free(Domain domain) {
        try {
            domain.free();
        } catch (LibvirtException e) {
            // the handle is gone either way
        }
    }

    private static void closeQuietly(Connect connect) {
        try {
            connect.close();
        } catch (LibvirtException e) {
            // a connection that fails to close is gone for us anyway
        }
    }
}
