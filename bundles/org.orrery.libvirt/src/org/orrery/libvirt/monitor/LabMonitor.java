package org.orrery.libvirt.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.DomainSample;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.LibvirtTelemetry;
import org.orrery.libvirt.VcpuSample;
import org.orrery.libvirt.internal.Messages;
import org.orrery.libvirt.monitor.LabSnapshot.Status;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * Watches the hosts of a lab at a chosen rate: every period it samples every running domain of
 * every hypervisor (one connection per URI, shared with the rest of the workbench) and writes CPU
 * load, memory, vCPU placement and run-queue wait to telemetry ({@link LibvirtTelemetry}); life-cycle
 * events arrive on their own through the connections. A hypervisor that stops answering is marked
 * unreachable and tried again with a growing pause (1 s, doubling, at most 10 s), so the lab comes
 * back by itself when the host does.
 * <p>
 * Each hypervisor is sampled on its own schedule (up to four daemon threads), so a slow or dead
 * host never holds up the others; {@link #snapshot()} is what views read on their timer.
 */
public final class LabMonitor implements AutoCloseable {

    private static final long MIN_RETRY_MILLIS = 1_000;
    private static final long MAX_RETRY_MILLIS = 10_000;

    /** Counters of a domain at its previous sample, to turn them into rates. */
    private record Previous(long time, long cpuTimeNs, Map<Integer, long[]> vcpus) {
    }

    private static final int MAX_THREADS = 4;

    /** One hypervisor and what the monitor knows about it; sampled by one thread at a time. */
    private static final class Target {
        final String uri;
        final List<LabHost> hosts;
        Status status = Status.CONNECTING;
        String message = "";
        long retryAt;
        long retryDelay = MIN_RETRY_MILLIS;
        int hostCpus = 1;
        Map<String, Previous> previous = new HashMap<>();
        List<LabSnapshot.Domain> domains = List.of();
        long sampleNanos;
        /** What views see of it, replaced after each sample. */
        volatile LabSnapshot.Hypervisor view;
        ScheduledFuture<?> schedule;

        Target(String uri, List<LabHost> hosts) {
            this.uri = uri;
            this.hosts = hosts;
        }

        String subject() {
            return LibvirtTelemetry.host(hosts.get(0).id());
        }
    }

    private final ConnectionManager manager;
    private final TelemetryStore telemetry;
    private final List<Target> targets = new ArrayList<>();
    private final ScheduledExecutorService threads;
    private volatile LabSnapshot snapshot = LabSnapshot.EMPTY;
    private volatile boolean closed;

    /** A monitor of {@code hosts}; nothing is sampled before {@link #start(long)} or {@link #sampleNow()}. */
    public LabMonitor(ConnectionManager manager, List<LabHost> hosts) {
        this.manager = Objects.requireNonNull(manager, "manager");
        this.telemetry = manager.telemetry();
        Map<String, List<LabHost>> byUri = new LinkedHashMap<>();
        for (LabHost host : hosts) {
            byUri.computeIfAbsent(host.uri(), u -> new ArrayList<>()).add(host);
        }
        byUri.forEach((uri, shared) -> targets.add(new Target(uri, List.copyOf(shared))));
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        this.threads = Executors.newScheduledThreadPool(Math.max(1, Math.min(MAX_THREADS, targets.size())), r -> {
            Thread t = new Thread(r, "orrery-lab-monitor-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        targets.forEach(t -> t.view = view(t, System.currentTimeMillis()));
        publish();
    }

    /** Samples every {@code periodMillis}, starting now; calling it again changes the rate. */
    public synchronized void start(long periodMillis) {
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("the period must be positive: " + periodMillis);
        }
        if (closed) {
            throw new IllegalStateException("the monitor is closed");
        }
        for (Target target : targets) {
            if (target.schedule != null) {
                target.schedule.cancel(false);
            }
            target.schedule = threads.scheduleWithFixedDelay(() -> sampleSafely(target), 0, periodMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Takes one sample of every hypervisor now, on the caller's thread (tests, one-off refresh). */
    public void sampleNow() {
        for (Target target : targets) {
            if (!closed) {
                sample(target);
            }
        }
    }

    /** What the last sample saw. */
    public LabSnapshot snapshot() {
        return snapshot;
    }

    /** The hosts watched. */
    public List<LabHost> hosts() {
        return targets.stream().flatMap(t -> t.hosts.stream()).toList();
    }

    /** Stops sampling and waits for a running sample to end; connections stay with the manager. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            targets.stream().filter(t -> t.schedule != null).forEach(t -> t.schedule.cancel(false));
        }
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sampleSafely(Target target) {
        try {
            sample(target);
        } catch (RuntimeException e) {
            // a bug in one sample must not end the schedule: the next period tries again
            message(target.subject(), String.valueOf(e), "error");
        }
    }

    /** Samples one hypervisor (if it is due) and publishes what it saw. */
    private void sample(Target target) {
        synchronized (target) {
            long wall = System.currentTimeMillis();
            if (target.status == Status.UNREACHABLE && wall < target.retryAt) {
                target.view = view(target, wall); // the countdown to the next try moves on
                publish();
                return;
            }
            long start = System.nanoTime();
            sample(target, wall);
            target.sampleNanos = System.nanoTime() - start;
            target.view = view(target, wall);
        }
        publish();
    }

    private void sample(Target target, long wall) {
        HypervisorConnection connection = null;
        try {
            boolean wasConnected = target.status == Status.CONNECTED;
            connection = manager.connect(target.uri);
            if (!wasConnected) {
                target.hostCpus = Math.max(1, connection.hostInfo().cpus());
                message(target.subject(), NLS.bind(target.status == Status.UNREACHABLE ? Messages.Monitor_back
                        : Messages.Monitor_connected, target.uri), "connected");
                target.status = Status.CONNECTED;
                target.message = "";
                target.retryDelay = MIN_RETRY_MILLIS;
            }
            // the counters are read at the start of the call (bulk statistics come first); the
            // per-domain calls after it take a varying while, so rates are taken over read times
            long read = manager.now();
            List<DomainSample> samples = connection.sampleDomains();
            record(target, samples, read, manager.now());
            target.message = "";
        } catch (HypervisorException e) {
            if (connection == null || e.reason() == HypervisorException.Reason.UNREACHABLE || !connection.isAlive()) {
                lost(target, e.getMessage(), wall);
            } else {
                // the host answers, one call failed (a domain mid-migration): keep the connection
                target.message = e.getMessage();
            }
        }
    }

    private void lost(Target target, String why, long wall) {
        // the old connection is dead (or never opened): drop it so the next try opens a fresh one,
        // which also subscribes to life-cycle events again
        manager.disconnect(target.uri);
        if (target.status != Status.UNREACHABLE) {
            message(target.subject(), NLS.bind(Messages.Monitor_lost, target.uri, why), "unreachable");
        } else {
            target.retryDelay = Math.min(MAX_RETRY_MILLIS, target.retryDelay * 2);
        }
        target.status = Status.UNREACHABLE;
        target.message = why;
        target.retryAt = wall + target.retryDelay;
        target.domains = List.of();
        target.previous = new HashMap<>();
    }

    /** Writes what {@code samples} say, stamped {@code now}; rates over {@code read}, when they were read. */
    private void record(Target target, List<DomainSample> samples, long read, long now) {
        Map<String, Previous> next = new HashMap<>();
        List<LabSnapshot.Domain> domains = new ArrayList<>(samples.size());
        double hostCpu = 0;
        boolean hostCpuKnown = false;
        for (DomainSample s : samples) {
            Previous prev = target.previous.get(s.name());
            long dt = prev == null ? 0 : read - prev.time();
            int vcpus = Math.max(1, s.vcpus().size());
            double cpuLoad = dt > 0 ? Math.max(0, (double) (s.cpuTimeNs() - prev.cpuTimeNs()) / dt / vcpus) : Double.NaN;
            Map<String, Object> metric = new HashMap<>();
            metric.put(Attribute.HOST, target.uri);
            metric.put(LibvirtTelemetry.MEMORY_ASSIGNED, s.memoryKiB() * 1024);
            metric.put(LibvirtTelemetry.MEMORY_USED, (s.residentKiB() >= 0 ? s.residentKiB() : s.memoryKiB()) * 1024);
            if (!Double.isNaN(cpuLoad)) {
                metric.put(Attribute.CPU_LOAD, cpuLoad);
                hostCpu += cpuLoad * vcpus;
                hostCpuKnown = true;
            }
            telemetry.append(new TelemetryEvent(now, EventKind.METRIC, LibvirtTelemetry.vm(s.name()), metric));
            Map<Integer, long[]> vcpuCounters = new HashMap<>();
            double worstWait = Double.NaN;
            List<Integer> pcpus = new ArrayList<>();
            for (VcpuSample v : s.vcpus()) {
                long[] before = prev == null ? null : prev.vcpus().get(v.index());
                Map<String, Object> a = new HashMap<>();
                a.put(Attribute.STATE, v.state());
                a.put(Attribute.PCPU, (long) v.pcpu());
                a.put(Attribute.HOST, target.uri);
                if (v.delayNs() >= 0) {
                    // the counter itself too: what a view shows can be checked against libvirt's
                    a.put(LibvirtTelemetry.RUN_QUEUE_DELAY, v.delayNs());
                }
                if (before != null && dt > 0) {
                    // a vCPU can neither run nor wait longer than the interval: more is the jitter of
                    // when the host read its counters (the round trip, a busy daemon), not the vCPU
                    a.put(Attribute.CPU_LOAD, share(v.timeNs() - before[0], dt));
                    if (v.delayNs() >= 0 && before[1] >= 0) {
                        double wait = share(v.delayNs() - before[1], dt);
                        a.put(LibvirtTelemetry.RUN_QUEUE_WAIT, wait);
                        worstWait = Double.isNaN(worstWait) ? wait : Math.max(worstWait, wait);
                    }
                }
                telemetry.append(new TelemetryEvent(now, EventKind.VCPU_STATE,
                        LibvirtTelemetry.vcpu(s.name(), v.index()), a));
                vcpuCounters.put(v.index(), new long[] {v.timeNs(), v.delayNs()});
                pcpus.add(v.pcpu());
            }
            next.put(s.name(), new Previous(read, s.cpuTimeNs(), vcpuCounters));
            domains.add(new LabSnapshot.Domain(s.name(), s.state(), s.vcpus().size(), s.memoryKiB(), cpuLoad, pcpus,
                    worstWait));
        }
        Map<String, Object> host = new HashMap<>();
        // the URI ties the host to its vCPUs' events (they carry it), the CPU count sizes its run queues
        host.put(Attribute.HOST, target.uri);
        host.put(Attribute.PCPUS, (long) target.hostCpus);
        host.put(Attribute.VM_COUNT, (long) samples.size());
        if (hostCpuKnown) {
            host.put(Attribute.CPU_LOAD, hostCpu / target.hostCpus);
        }
        telemetry.append(new TelemetryEvent(now, EventKind.METRIC, target.subject(), host));
        domains.sort(java.util.Comparator.comparing(LabSnapshot.Domain::name));
        target.previous = next;
        target.domains = domains;
    }

    /** {@code part} of {@code whole} as a fraction in [0, 1]. */
    private static double share(long part, long whole) {
        return Math.max(0, Math.min(1, (double) part / whole));
    }

    private void message(String subject, String text, String event) {
        telemetry.append(new TelemetryEvent(manager.now(), EventKind.MESSAGE, subject,
                Map.of(Attribute.TEXT, text, Attribute.EVENT, event)));
    }

    private static LabSnapshot.Hypervisor view(Target t, long wall) {
        return new LabSnapshot.Hypervisor(t.uri, t.hosts, t.status, t.message,
                t.status == Status.UNREACHABLE ? Math.max(0, t.retryAt - wall) : 0, t.domains);
    }

    private synchronized void publish() {
        List<LabSnapshot.Hypervisor> views = new ArrayList<>(targets.size());
        long took = 0;
        for (Target t : targets) {
            views.add(t.view);
            took = Math.max(took, t.sampleNanos);
        }
        snapshot = new LabSnapshot(manager.now(), took, views);
    }
}
