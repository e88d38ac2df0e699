package org.orrery.libvirt.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.DomainSample;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.DomainSummary;
import org.orrery.libvirt.HostInfo;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorException.Reason;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.libvirt.JobProgress;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.NetworkSummary;
import org.orrery.libvirt.VcpuSample;
import org.orrery.telemetry.TelemetryStore;

/**
 * A fake hypervisor world implementing Orrery's own connection interfaces, for unit tests of
 * Orrery's logic (monitor reconnects, migration bookkeeping) in situations libvirt's test driver
 * cannot stage: a host that goes away and comes back, a migration's job statistics over time, a
 * migration that fails half-way. It does not pretend to be libvirt: it holds names and states.
 */
public final class FakeHypervisors implements ConnectionManager {

    private final TelemetryStore telemetry = new TelemetryStore();
    private final Map<String, FakeHost> hosts = new ConcurrentHashMap<>();
    private final Map<String, FakeHost> connected = new LinkedHashMap<>();
    private final long origin = System.nanoTime();

    /** Adds a host reachable at {@code uri}, which must be a valid URI (e.g. {@code qemu+unix:///system?socket=/fake/a}). */
    public FakeHost add(String uri) {
        FakeHost host = new FakeHost(uri);
        hosts.put(uri, host);
        return host;
    }

    @Override
    public synchronized HypervisorConnection connect(String uri) throws HypervisorException {
        if (connected.containsKey(uri)) {
            return connected.get(uri); // like libvirt's manager: an open connection is handed out again
        }
        FakeHost host = hosts.get(uri);
        if (host == null || host.down) {
            throw new HypervisorException(Reason.UNREACHABLE, "Cannot connect to " + uri + ": fake host is down.");
        }
        if (connected.put(uri, host) == null) {
            host.connects++;
        }
        return host;
    }

    @Override
    public synchronized boolean disconnect(String uri) {
        return connected.remove(uri) != null;
    }

    @Override
    public synchronized Set<String> connectedUris() {
        return Set.copyOf(connected.keySet());
    }

    @Override
    public TelemetryStore telemetry() {
        return telemetry;
    }

    @Override
    public long now() {
        return System.nanoTime() - origin;
    }

    @Override
    public void close() {
        connected.clear();
    }

    /** One fake host: running domains by name, a switch to take it down, a scripted migration. */
    public final class FakeHost implements HypervisorConnection {
        final String uri;
        final Map<String, DomainState> domains = new ConcurrentHashMap<>();
        volatile boolean down;
        volatile int connects;
        /** What {@link #migrate} does; default: moves the domain at once. */
        public volatile MigrationScript script = (name, destination) -> {
        };
        /** Job statistics {@link #jobProgress} answers while a migration runs. */
        public volatile Function<String, Optional<JobProgress>> jobs = name -> Optional.empty();
        public volatile boolean aborted;

        FakeHost(String uri) {
            this.uri = uri;
        }

        /** Puts a running domain here. */
        public FakeHost run(String name) {
            domains.put(name, DomainState.RUNNING);
            return this;
        }

        /** Takes the host down (every call fails as unreachable) or brings it back. */
        public void setDown(boolean isDown) {
            down = isDown;
        }

        public int connects() {
            return connects;
        }

        public boolean has(String name) {
            return domains.containsKey(name);
        }

        private void alive() throws HypervisorException {
            if (down) {
                throw new HypervisorException(Reason.UNREACHABLE, uri + " does not answer (fake).");
            }
        }

        @Override
        public HypervisorUri uri() {
            try {
                return HypervisorUri.parse(uri);
            } catch (HypervisorException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String hostName() throws HypervisorException {
            alive();
            return uri;
        }

        @Override
        public HostInfo hostInfo() throws HypervisorException {
            alive();
            return new HostInfo("fake", 4, 1000, 8L << 20);
        }

        @Override
        public boolean isAlive() {
            return !down;
        }

        @Override
        public List<DomainSummary> listDomains() throws HypervisorException {
            alive();
            List<DomainSummary> out = new ArrayList<>();
            domains.forEach((n, s) -> out.add(new DomainSummary(n, "uuid-" + n, s, 1, 65536, s == DomainState.RUNNING)));
            return out;
        }

        @Override
        public DomainSummary domain(String name) throws HypervisorException {
            return findDomain(name).orElseThrow(
                    () -> new HypervisorException(Reason.NO_DOMAIN, "no domain '" + name + "' on " + uri));
        }

        @Override
        public Optional<DomainSummary> findDomain(String name) throws HypervisorException {
            alive();
            DomainState s = domains.get(name);
            return s == null ? Optional.empty()
                    : Optional.of(new DomainSummary(name, "uuid-" + name, s, 1, 65536, s != DomainState.SHUT_OFF));
        }

        @Override
        public List<DomainSample> sampleDomains() throws HypervisorException {
            alive();
            List<DomainSample> out = new ArrayList<>();
            long t = System.nanoTime();
            domains.forEach((n, s) -> out.add(new DomainSample(n, s, t / 2, 65536, 65536, 30000,
                    List.of(new VcpuSample(0, VcpuSample.RUNNING, 1, t / 2, t / 10)))));
            return out;
        }

        @Override
        public void migrate(String name, HypervisorConnection destination, MigrationSettings settings)
                throws HypervisorException {
            alive();
            script.run(name, (FakeHost) destination);
            if (aborted) {
                throw new HypervisorException(Reason.CANCELLED, "Cannot migrate: it was cancelled (fake).");
            }
            DomainState state = domains.remove(name);
            ((FakeHost) destination).domains.put(name, state == null ? DomainState.RUNNING : state);
        }

        @Override
        public Optional<JobProgress> jobProgress(String name, boolean completed) throws HypervisorException {
            alive();
            return completed ? Optional.empty() : jobs.apply(name);
        }

        @Override
        public void abortJob(String name) throws HypervisorException {
            alive();
            aborted = true;
        }

        @Override
        public void setMaxDowntime(String name, long millis) {
            // the fake has no downtime to aim at
        }

        @Override
        public String domainXml(String name) {
            throw noXml();
        }

        @Override
        public DomainSummary defineDomain(String xml) {
            throw noXml();
        }

        @Override
        public void start(String name) {
            domains.put(name, DomainState.RUNNING);
        }

        @Override
        public void suspend(String name) {
            domains.put(name, DomainState.PAUSED);
        }

        @Override
        public void resume(String name) {
            domains.put(name, DomainState.RUNNING);
        }

        @Override
        public void destroy(String name) {
            domains.put(name, DomainState.SHUT_OFF);
        }

        @Override
        public void undefine(String name) {
            domains.remove(name);
        }

        @Override
        public List<NetworkSummary> listNetworks() {
            return List.of();
        }

        @Override
        public Optional<NetworkSummary> findNetwork(String name) {
            return Optional.empty();
        }

        @Override
        public String networkXml(String name) {
            throw noNetworks();
        }

        @Override
        public NetworkSummary defineNetwork(String xml) {
            throw noNetworks();
        }

        @Override
        public void startNetwork(String name) {
            throw noNetworks();
        }

        @Override
        public void destroyNetwork(String name) {
            throw noNetworks();
        }

        @Override
        public void undefineNetwork(String name) {
            throw noNetworks();
        }

        @Override
        public Optional<org.orrery.libvirt.PoolSummary> findPoolFor(String directory) {
            throw noStorage();
        }

        @Override
        public void definePool(String xml) {
            throw noStorage();
        }

        @Override
        public void startPool(String name) {
            throw noStorage();
        }

        @Override
        public void destroyPool(String name) {
            throw noStorage();
        }

        @Override
        public void undefinePool(String name) {
            throw noStorage();
        }

        @Override
        public boolean volumeExists(String path) {
            throw noStorage();
        }

        @Override
        public void createVolume(String pool, String xml) {
            throw noStorage();
        }

        @Override
        public void deleteVolume(String path) {
            throw noStorage();
        }
    }

    private static UnsupportedOperationException noStorage() {
        return new UnsupportedOperationException("the fake holds no storage");
    }

    private static UnsupportedOperationException noNetworks() {
        return new UnsupportedOperationException("the fake holds no networks");
    }

    private static UnsupportedOperationException noXml() {
        return new UnsupportedOperationException("the fake holds no XML");
    }

    /** What a fake migration does while libvirt's call would block. */
    @FunctionalInterface
    public interface MigrationScript {
        void run(String name, FakeHost destination) throws HypervisorException;
    }
}
