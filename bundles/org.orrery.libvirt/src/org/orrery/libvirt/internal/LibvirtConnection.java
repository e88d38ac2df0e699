package org.orrery.libvirt.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.DomainJobStats;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.NodeInfo;
import org.libvirt.TypedParameter;
import org.orrery.libvirt.Credentials;
import org.orrery.libvirt.DomainSample;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.DomainSummary;
import org.orrery.libvirt.HostInfo;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.libvirt.JobProgress;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.NetworkSummary;
import org.orrery.libvirt.PoolSummary;
import org.orrery.libvirt.xml.StorageXml;
import org.orrery.telemetry.TelemetryStore;

/**
 * A {@link HypervisorConnection} over one libvirt {@link Connect}. libvirt connections are
 * thread-safe; every domain and network handle taken here is freed before the method returns.
 */
final class LibvirtConnection implements HypervisorConnection {

    /** Finds a handle by name (or makes one from XML). */
    @FunctionalInterface
    private interface Lookup<H> {
        H find(Connect connect, String nameOrXml) throws LibvirtException;
    }

    /** A libvirt call on a handle. */
    @FunctionalInterface
    private interface Call<H, T> {
        T apply(H handle) throws LibvirtException;
    }

    /** A libvirt call on a handle that changes it. */
    @FunctionalInterface
    private interface Action<H> {
        void apply(H handle) throws LibvirtException;
    }

    /** A body run while the connection counts as in use. */
    @FunctionalInterface
    private interface Body<T> {
        T run() throws HypervisorException;
    }

    /** Releases a handle. */
    @FunctionalInterface
    private interface Release<H> {
        void free(H handle) throws LibvirtException;
    }

    /** The libvirt objects a connection works on, with how to find and free them. */
    private record Kind<H>(Operation lookup, ErrorNumber missing, Lookup<H> find, Release<H> release) {
    }

    private static final Kind<Domain> DOMAIN = new Kind<>(Operation.LOOKUP, ErrorNumber.VIR_ERR_NO_DOMAIN,
            Connect::domainLookupByName, Domain::free);
    private static final Kind<Network> NETWORK = new Kind<>(Operation.NETWORK_LOOKUP, ErrorNumber.VIR_ERR_NO_NETWORK,
            Connect::networkLookupByName, Network::free);

    private static final Kind<StoragePool> POOL = new Kind<>(Operation.POOL_LOOKUP,
            ErrorNumber.VIR_ERR_NO_STORAGE_POOL, Connect::storagePoolLookupByName, StoragePool::free);
    private static final Kind<StorageVol> VOLUME = new Kind<>(Operation.VOLUME_LOOKUP,
            ErrorNumber.VIR_ERR_NO_STORAGE_VOL, Connect::storageVolLookupByPath, StorageVol::free);

    /** VIR_MIGRATE_LIVE | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE. */
    private static final long MIGRATE_FLAGS = 1 | 8 | 16;
    /** VIR_DOMAIN_JOB_STATS_COMPLETED. */
    private static final int JOB_COMPLETED = 1;
    /** VIR_DOMAIN_JOB_NONE. */
    private static final int JOB_NONE = 0;
    /** VIR_DOMAIN_JOB_BOUNDED, VIR_DOMAIN_JOB_UNBOUNDED. */
    private static final Set<Integer> JOB_RUNNING = Set.of(1, 2);
    /** Probe a remote daemon every 5 s, give up after 3 unanswered probes. */
    private static final int KEEPALIVE_INTERVAL = 5;
    private static final int KEEPALIVE_COUNT = 3;

    private final HypervisorUri uri;
    private final NativeConnect connect;
    private final LifecycleForwarder forwarder;
    private final DomainSampler sampler;
    /** Calls under way; a retired connection is closed when the last one ends. */
    private int inFlight;
    private boolean retiring;
    private boolean closed;

    private LibvirtConnection(HypervisorUri uri, NativeConnect connect, LifecycleForwarder forwarder) {
        this.uri = uri;
        this.connect = connect;
        this.forwarder = forwarder;
        this.sampler = new DomainSampler(connect, uri.text());
    }

    /**
     * Opens a read-write connection and subscribes to its life-cycle events; the event loop must
     * run. A host that asks for a password gets it from {@code credentials}; when it refuses an
     * answer, the credentials are asked again (told that it was refused) until they give none.
     */
    static LibvirtConnection open(HypervisorUri uri, TelemetryStore telemetry, LongSupplier clock,
            Credentials credentials) throws HypervisorException {
        NativeConnect connect = null;
        for (boolean retry = false; connect == null; retry = true) {
            AuthCallback auth = new AuthCallback(uri, credentials, retry);
            try {
                connect = new NativeConnect(uri.text(), auth);
            } catch (LibvirtException e) {
                HypervisorException failure = ErrorTranslator.translate(e, Operation.CONNECT, null, uri.text());
                if (failure.reason() != HypervisorException.Reason.AUTH_FAILED || !auth.answered()) {
                    throw failure;
                }
            } finally {
                auth.wipe();
            }
        }
        if (uri.kind() == HypervisorUri.Kind.QEMU_SSH || uri.kind() == HypervisorUri.Kind.QEMU_UNIX) {
            try {
                connect.setKeepAlive(KEEPALIVE_INTERVAL, KEEPALIVE_COUNT);
            } catch (LibvirtException e) {
                // an old daemon without keep-alive: a lost host is then noticed on the next call
            }
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
    public String hostName() throws HypervisorException {
        return guarded(() -> {
            try {
                return connect.getHostName();
            } catch (LibvirtException e) {
                throw failure(e, Operation.HOST_INFO, null);
            }
        });
    }

    @Override
    public HostInfo hostInfo() throws HypervisorException {
        return guarded(() -> {
            try {
                NodeInfo node = connect.nodeInfo();
                return new HostInfo(node.model, node.cpus, node.mhz, node.memory);
            } catch (LibvirtException e) {
                throw failure(e, Operation.HOST_INFO, null);
            }
        });
    }

    @Override
    public boolean isAlive() {
        try {
            return guarded(() -> {
                try {
                    return connect.isAlive();
                } catch (LibvirtException e) {
                    return false;
                }
            });
        } catch (HypervisorException e) {
            return false; // closed
        }
    }

    // --- domains

    @Override
    public List<DomainSummary> listDomains() throws HypervisorException {
        return guarded(this::listDomainsNow);
    }

    private List<DomainSummary> listDomainsNow() throws HypervisorException {
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
                freeQuietly(DOMAIN, domain);
            }
        }
        out.sort(Comparator.comparing(DomainSummary::name));
        return out;
    }

    @Override
    public DomainSummary domain(String name) throws HypervisorException {
        return on(DOMAIN, name, Operation.LOOKUP, LibvirtConnection::summarize);
    }

    @Override
    public Optional<DomainSummary> findDomain(String name) throws HypervisorException {
        return find(DOMAIN, name, LibvirtConnection::summarize);
    }

    @Override
    public String domainXml(String name) throws HypervisorException {
        // VIR_DOMAIN_XML_INACTIVE: the definition, not the running instance's extra detail
        return on(DOMAIN, name, Operation.XML, d -> d.getXMLDesc(d.isPersistent() == 1 ? 2 : 0));
    }

    @Override
    public DomainSummary defineDomain(String xml) throws HypervisorException {
        return define(DOMAIN, Operation.DEFINE, xml, Connect::domainDefineXML, LibvirtConnection::summarize);
    }

    @Override
    public void start(String name) throws HypervisorException {
        act(DOMAIN, name, Operation.START, Domain::create);
    }

    @Override
    public void suspend(String name) throws HypervisorException {
        act(DOMAIN, name, Operation.SUSPEND, Domain::suspend);
    }

    @Override
    public void resume(String name) throws HypervisorException {
        act(DOMAIN, name, Operation.RESUME, Domain::resume);
    }

    @Override
    public void destroy(String name) throws HypervisorException {
        act(DOMAIN, name, Operation.DESTROY, Domain::destroy);
    }

    @Override
    public void undefine(String name) throws HypervisorException {
        act(DOMAIN, name, Operation.UNDEFINE, Domain::undefine);
    }

    @Override
    public List<DomainSample> sampleDomains() throws HypervisorException {
        return guarded(sampler::sample);
    }

    // --- networks

    @Override
    public List<NetworkSummary> listNetworks() throws HypervisorException {
        return guarded(this::listNetworksNow);
    }

    private List<NetworkSummary> listNetworksNow() throws HypervisorException {
        Set<String> names = new LinkedHashSet<>();
        try {
            names.addAll(List.of(connect.listNetworks()));
            names.addAll(List.of(connect.listDefinedNetworks()));
        } catch (LibvirtException e) {
            throw failure(e, Operation.NETWORK_LIST, null);
        }
        List<NetworkSummary> out = new ArrayList<>(names.size());
        for (String name : names) {
            // a network removed since the listing is no longer there: leave it out
            find(NETWORK, name, LibvirtConnection::summarize).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(NetworkSummary::name));
        return out;
    }

    @Override
    public Optional<NetworkSummary> findNetwork(String name) throws HypervisorException {
        return find(NETWORK, name, LibvirtConnection::summarize);
    }

    @Override
    public String networkXml(String name) throws HypervisorException {
        return on(NETWORK, name, Operation.NETWORK_XML, n -> n.getXMLDesc(0));
    }

    @Override
    public NetworkSummary defineNetwork(String xml) throws HypervisorException {
        return define(NETWORK, Operation.NETWORK_DEFINE, xml, Connect::networkDefineXML,
                LibvirtConnection::summarize);
    }

    @Override
    public void startNetwork(String name) throws HypervisorException {
        act(NETWORK, name, Operation.NETWORK_START, Network::create);
    }

    @Override
    public void destroyNetwork(String name) throws HypervisorException {
        act(NETWORK, name, Operation.NETWORK_DESTROY, Network::destroy);
    }

    @Override
    public void undefineNetwork(String name) throws HypervisorException {
        act(NETWORK, name, Operation.NETWORK_UNDEFINE, Network::undefine);
    }

    // --- storage

    @Override
    public Optional<PoolSummary> findPoolFor(String directory) throws HypervisorException {
        String wanted = StorageXml.directory(directory);
        return guarded(() -> {
            Set<String> names = new LinkedHashSet<>();
            try {
                names.addAll(List.of(connect.listStoragePools()));
                names.addAll(List.of(connect.listDefinedStoragePools()));
            } catch (LibvirtException e) {
                throw failure(e, Operation.POOL_LIST, null);
            }
            for (String name : names) {
                // a pool removed since the listing is no longer there: it is not the one
                Optional<PoolSummary> pool = findNow(POOL, name, p -> new PoolSummary(p.getName(),
                        StorageXml.poolTarget(p.getXMLDesc(0)), p.isActive() == 1));
                if (pool.isPresent() && wanted.equals(pool.get().directory())) {
                    return pool;
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public void definePool(String xml) throws HypervisorException {
        define(POOL, Operation.POOL_DEFINE, xml, (c, x) -> c.storagePoolDefineXML(x, 0), StoragePool::getName);
    }

    @Override
    public void startPool(String name) throws HypervisorException {
        act(POOL, name, Operation.POOL_START, p -> p.create(0));
    }

    @Override
    public void destroyPool(String name) throws HypervisorException {
        act(POOL, name, Operation.POOL_DESTROY, StoragePool::destroy);
    }

    @Override
    public void undefinePool(String name) throws HypervisorException {
        act(POOL, name, Operation.POOL_UNDEFINE, StoragePool::undefine);
    }

    @Override
    public boolean volumeExists(String path) throws HypervisorException {
        Optional<PoolSummary> pool = findPoolFor(StorageXml.directoryOf(path));
        if (pool.isPresent() && pool.get().active()) {
            // files made outside libvirt since the pool was last read are volumes only after a refresh
            act(POOL, pool.get().name(), Operation.POOL_REFRESH, p -> p.refresh(0));
        }
        return find(VOLUME, path, v -> Boolean.TRUE).isPresent();
    }

    @Override
    public void createVolume(String pool, String xml) throws HypervisorException {
        act(POOL, pool, Operation.VOLUME_CREATE, p -> p.storageVolCreateXML(xml, 0).free());
    }

    @Override
    public void deleteVolume(String path) throws HypervisorException {
        act(VOLUME, path, Operation.VOLUME_DELETE, v -> v.delete(0));
    }

    // --- migration

    @Override
    public void migrate(String name, HypervisorConnection destination, MigrationSettings settings)
            throws HypervisorException {
        if (!(destination instanceof LibvirtConnection target)) {
            throw new IllegalArgumentException("the destination must come from the same connection manager");
        }
        String migrationUri = settings.migrationUri().isBlank() ? null : settings.migrationUri().strip();
        // both connections stay open until libvirt's call returns, whoever retires them meanwhile
        guarded(() -> target.guarded(() -> {
            migrateNow(name, target, migrationUri, settings.bandwidthMiBps());
            return null;
        }));
    }

    private void migrateNow(String name, LibvirtConnection target, String migrationUri, long bandwidth)
            throws HypervisorException {
        Domain domain = lookup(DOMAIN, name);
        try {
            // virDomainMigrate: libvirt-java's typed-parameter variant cannot pass an empty list
            Domain moved = domain.migrate(target.connect, MIGRATE_FLAGS, null, migrationUri, bandwidth);
            freeQuietly(DOMAIN, moved);
        } catch (LibvirtException e) {
            throw ErrorTranslator.translate(e, Operation.MIGRATE, name, uri.text(), target.uri.text());
        } finally {
            freeQuietly(DOMAIN, domain);
        }
    }

    @Override
    public Optional<JobProgress> jobProgress(String name, boolean completed) throws HypervisorException {
        DomainJobStats stats;
        try {
            stats = on(DOMAIN, name, Operation.JOB_STATS, d -> d.getJobStats(completed ? JOB_COMPLETED : 0));
        } catch (HypervisorException e) {
            if (e.reason() == HypervisorException.Reason.UNSUPPORTED) {
                return Optional.empty(); // a driver without jobs (the test driver) has none running
            }
            throw e;
        }
        if (stats == null || stats.type == JOB_NONE) {
            return Optional.empty();
        }
        Map<String, Object> f = new java.util.HashMap<>();
        for (TypedParameter p : stats.stats) {
            f.put(p.field, p.getValueAsString());
        }
        return Optional.of(new JobProgress(JOB_RUNNING.contains(stats.type), number(f, "time_elapsed"),
                number(f, "data_total"), number(f, "data_processed"), number(f, "data_remaining"),
                number(f, "memory_total"), number(f, "memory_processed"), number(f, "memory_remaining"),
                number(f, "memory_dirty_rate"), number(f, "memory_page_size"), number(f, "memory_iteration"),
                number(f, "memory_bps"), number(f, "downtime")));
    }

    @Override
    public void setMaxDowntime(String name, long millis) throws HypervisorException {
        act(DOMAIN, name, Operation.SET_DOWNTIME, d -> d.migrateSetMaxDowntime(millis));
    }

    @Override
    public void abortJob(String name) throws HypervisorException {
        act(DOMAIN, name, Operation.ABORT_JOB, Domain::abortJob);
    }

    /**
     * Unsubscribes from events and closes the libvirt connection, at once when no call is under way,
     * else when the last one ends: closing a connection a call is using (a migration's destination
     * whose host died, dropped by the monitor) makes libvirt use freed memory.
     */
    void close() {
        boolean now;
        synchronized (this) {
            retiring = true;
            now = inFlight == 0 && !closed;
            closed |= now;
        }
        if (now) {
            closeNow();
        }
    }

    private <T> T guarded(Body<T> body) throws HypervisorException {
        synchronized (this) {
            if (closed) {
                throw new HypervisorException(HypervisorException.Reason.UNREACHABLE,
                        org.eclipse.osgi.util.NLS.bind(Messages.Closed, uri.text()));
            }
            inFlight++;
        }
        try {
            return body.run();
        } finally {
            boolean last;
            synchronized (this) {
                inFlight--;
                last = retiring && inFlight == 0 && !closed;
                closed |= last;
            }
            if (last) {
                closeNow();
            }
        }
    }

    private void closeNow() {
        try {
            connect.removeLifecycleListener(forwarder);
        } catch (LibvirtException e) {
            // closing below drops the subscription with the connection
        }
        closeQuietly(connect);
    }

    // --- helpers

    private <H> void act(Kind<H> kind, String name, Operation operation, Action<H> action)
            throws HypervisorException {
        on(kind, name, operation, handle -> {
            action.apply(handle);
            return null;
        });
    }

    private <H, T> T on(Kind<H> kind, String name, Operation operation, Call<H, T> call) throws HypervisorException {
        return guarded(() -> onNow(kind, name, operation, call));
    }

    private <H, T> T onNow(Kind<H> kind, String name, Operation operation, Call<H, T> call)
            throws HypervisorException {
        H handle = lookup(kind, name);
        try {
            return call.apply(handle);
        } catch (LibvirtException e) {
            throw failure(e, operation, name);
        } finally {
            freeQuietly(kind, handle);
        }
    }

    private <H, T> Optional<T> find(Kind<H> kind, String name, Call<H, T> call) throws HypervisorException {
        return guarded(() -> findNow(kind, name, call));
    }

    private <H, T> Optional<T> findNow(Kind<H> kind, String name, Call<H, T> call) throws HypervisorException {
        H handle;
        try {
            handle = kind.find().find(connect, name);
        } catch (LibvirtException e) {
            if (e.getError() != null && e.getError().getCode() == kind.missing()) {
                return Optional.empty();
            }
            throw failure(e, kind.lookup(), name);
        }
        try {
            return Optional.of(call.apply(handle));
        } catch (LibvirtException e) {
            throw failure(e, kind.lookup(), name);
        } finally {
            freeQuietly(kind, handle);
        }
    }

    /** Defines an object from {@code xml} (libvirt's parser checks it) and summarizes it. */
    private <H, T> T define(Kind<H> kind, Operation operation, String xml, Lookup<H> definer, Call<H, T> summary)
            throws HypervisorException {
        return guarded(() -> {
            H handle;
            try {
                handle = definer.find(connect, xml);
            } catch (LibvirtException e) {
                throw failure(e, operation, null);
            }
            try {
                return summary.apply(handle);
            } catch (LibvirtException e) {
                throw failure(e, operation, null);
            } finally {
                freeQuietly(kind, handle);
            }
        });
    }

    private <H> H lookup(Kind<H> kind, String name) throws HypervisorException {
        try {
            return kind.find().find(connect, name);
        } catch (LibvirtException e) {
            throw failure(e, kind.lookup(), name);
        }
    }

    private HypervisorException failure(LibvirtException e, Operation operation, String object) {
        return ErrorTranslator.translate(e, operation, object, uri.text());
    }

    private static long number(Map<String, Object> fields, String key) {
        Object v = fields.get(key);
        if (v == null) {
            return -1;
        }
        try {
            return Long.parseLong(v.toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static DomainSummary summarize(Domain domain) throws LibvirtException {
        DomainInfo info = domain.getInfo();
        return new DomainSummary(domain.getName(), domain.getUUIDString(), stateOf(info.state), info.nrVirtCpu,
                info.memory, domain.isActive() == 1);
    }

    private static NetworkSummary summarize(Network network) throws LibvirtException {
        return new NetworkSummary(network.getName(), network.getUUIDString(), network.isActive() == 1,
                network.isPersistent() == 1);
    }

    /** libvirt's domain state as Orrery names it. */
    static DomainState stateOf(DomainInfo.DomainState state) {
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

    /** libvirt's numeric domain state (virDomainState, as bulk statistics report it) as Orrery names it. */
    static DomainState stateOf(long state) {
        DomainInfo.DomainState[] states = DomainInfo.DomainState.values();
        return state >= 0 && state < states.length ? stateOf(states[(int) state]) : DomainState.UNKNOWN;
    }

    private static <H> void freeQuietly(Kind<H> kind, H handle) {
        try {
            kind.release().free(handle);
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
