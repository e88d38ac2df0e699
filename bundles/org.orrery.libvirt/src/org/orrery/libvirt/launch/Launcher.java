package org.orrery.libvirt.launch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.NetworkSummary;
import org.orrery.libvirt.PoolSummary;
import org.orrery.libvirt.Progress;
import org.orrery.libvirt.internal.Messages;
import org.orrery.libvirt.launch.LaunchPlan.DomainStep;
import org.orrery.libvirt.launch.LaunchPlan.NetworkStep;
import org.orrery.libvirt.launch.LaunchPlan.RequiredFile;
import org.orrery.libvirt.launch.LaunchPlan.RequiredNetwork;
import org.orrery.libvirt.launch.LaunchPlan.VolumeStep;
import org.orrery.libvirt.xml.StorageXml;
import org.orrery.libvirt.launch.LaunchReport.Outcome;

/**
 * Carries out a {@link LaunchPlan}: networks first (an existing network of the same name is used
 * as it is), then domains: define, start, pause, as each VM's state says. Every change is
 * remembered; when a step fails or the user cancels, the changes are undone in reverse order
 * (unless the options say not to), and the report states exactly what is left on the hosts.
 */
public final class Launcher {

    /** An undoable change: what was done, and how to undo it. */
    private record Change(String description, String undoDescription, Undo undo) {
    }

    @FunctionalInterface
    private interface Undo {
        void run() throws HypervisorException;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws HypervisorException;
    }

    /** Thrown between steps when the user cancelled. */
    private static final class Cancelled extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final ConnectionManager manager;

    public Launcher(ConnectionManager manager) {
        this.manager = Objects.requireNonNull(manager, "manager");
    }

    /**
     * Asks the hosts, without changing anything, whether the plan can run: every host reachable,
     * no domain of a planned name already there, every required network present. Each problem is
     * a sentence for the user; none means the launch can go ahead. Networks that exist already
     * are not a problem (they are used as they are) but are listed in {@code notes}.
     */
    public List<String> check(LaunchPlan plan, List<String> notes, Progress progress) {
        List<String> problems = new ArrayList<>();
        progress.begin(Messages.Launch_checking, plan.uris().size());
        for (String uri : plan.uris()) {
            progress.step(NLS.bind(Messages.Launch_checkingHost, uri));
            HypervisorConnection host;
            try {
                host = manager.connect(uri);
            } catch (HypervisorException e) {
                problems.add(e.getMessage());
                continue;
            }
            try {
                for (DomainStep d : plan.domains()) {
                    if (d.uri().equals(uri) && host.findDomain(d.name()).isPresent()) {
                        problems.add(NLS.bind(Messages.Launch_domainExists, d.name(), uri));
                    }
                }
                for (NetworkStep n : plan.networks()) {
                    if (n.uri().equals(uri) && host.findNetwork(n.name()).isPresent()) {
                        notes.add(NLS.bind(Messages.Launch_networkExists, n.name(), uri));
                    }
                }
                for (RequiredNetwork r : plan.requiredNetworks()) {
                    if (r.uri().equals(uri) && host.findNetwork(r.name()).isEmpty()) {
                        problems.add(NLS.bind(Messages.Launch_networkMissing, r.name(), uri));
                    }
                }
                checkFiles(plan, uri, host, problems, notes);
            } catch (HypervisorException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Disk files: a volume the host has already is used as it is (a note); a backing file neither
     * on the host nor made by the plan, and a read-only disk's missing file, are problems.
     */
    private static void checkFiles(LaunchPlan plan, String uri, HypervisorConnection host, List<String> problems,
            List<String> notes) throws HypervisorException {
        Set<String> planned = new HashSet<>();
        for (VolumeStep v : plan.volumes()) {
            if (!v.uri().equals(uri)) {
                continue;
            }
            if (host.volumeExists(v.path())) {
                notes.add(NLS.bind(Messages.Launch_volumeExists, v.path(), uri));
            }
            if (v.backingPath() != null && !planned.contains(v.backingPath()) && !host.volumeExists(v.backingPath())) {
                problems.add(NLS.bind(Messages.Launch_backingMissing, new Object[] {v.path(), v.backingPath(), uri}));
            }
            planned.add(v.path());
        }
        for (RequiredFile f : plan.requiredFiles()) {
            if (f.uri().equals(uri) && !host.volumeExists(f.path())) {
                problems.add(NLS.bind(Messages.Launch_fileMissing, new Object[] {f.path(), f.domain(), uri}));
            }
        }
    }

    /** Runs the plan; never throws for a hypervisor's failure: the report says what happened. */
    public LaunchReport launch(LaunchPlan plan, Progress progress) {
        Deque<Change> changes = new ArrayDeque<>();
        List<String> done = new ArrayList<>();
        progress.begin(plan.summary(), plan.networks().size() + plan.volumes().size() + plan.domains().size());
        try {
            for (NetworkStep n : plan.networks()) {
                step(progress, NLS.bind(Messages.Launch_stepNetwork, n.name(), n.uri()), () -> network(n, changes, done));
            }
            Map<String, String> pools = new HashMap<>();
            for (VolumeStep v : plan.volumes()) {
                step(progress, NLS.bind(Messages.Launch_stepVolume, v.path(), v.uri()),
                        () -> volume(v, pools, changes, done));
            }
            for (DomainStep d : plan.domains()) {
                step(progress, NLS.bind(Messages.Launch_stepDomain, d.name(), d.uri()), () -> domain(d, changes, done));
            }
        } catch (HypervisorException e) {
            return ended(Outcome.FAILED, e.getMessage(), plan, changes, done);
        } catch (Cancelled e) {
            return ended(Outcome.CANCELLED, null, plan, changes, done);
        }
        String statement = plan.counts(Messages.Launch_completed);
        return new LaunchReport(Outcome.COMPLETED, done, null, List.of(), List.of(), statement);
    }

    private static void step(Progress progress, String what, Step step) throws HypervisorException, Cancelled {
        if (progress.isCancelled()) {
            throw new Cancelled();
        }
        progress.step(what);
        step.run();
    }

    private void network(NetworkStep n, Deque<Change> changes, List<String> done) throws HypervisorException {
        HypervisorConnection host = manager.connect(n.uri());
        NetworkSummary existing = host.findNetwork(n.name()).orElse(null);
        if (existing == null) {
            host.defineNetwork(n.xml());
            record(changes, done, NLS.bind(Messages.Launch_definedNetwork, n.name(), n.uri()),
                    NLS.bind(Messages.Launch_undefineNetwork, n.name(), n.uri()), () -> host.undefineNetwork(n.name()));
        } else {
            done.add(NLS.bind(Messages.Launch_usedNetwork, n.name(), n.uri()));
        }
        if (existing == null || !existing.active()) {
            host.startNetwork(n.name());
            record(changes, done, NLS.bind(Messages.Launch_startedNetwork, n.name(), n.uri()),
                    NLS.bind(Messages.Launch_stopNetwork, n.name(), n.uri()), () -> host.destroyNetwork(n.name()));
        }
    }

    /**
     * Creates a disk file unless the host has it, in the pool over its directory; a host without
     * such a pool gets one (defined and started, undone on rollback; its files stay).
     */
    private void volume(VolumeStep v, Map<String, String> pools, Deque<Change> changes, List<String> done)
            throws HypervisorException {
        HypervisorConnection host = manager.connect(v.uri());
        String key = v.uri() + "\n" + v.directory();
        String pool = pools.get(key);
        if (pool == null) {
            PoolSummary existing = host.findPoolFor(v.directory()).orElse(null);
            pool = existing != null ? existing.name() : StorageXml.poolName(v.directory());
            if (existing == null) {
                String name = pool;
                host.definePool(StorageXml.directoryPool(name, v.directory()));
                record(changes, done, NLS.bind(Messages.Launch_definedPool, new Object[] {name, v.directory(), v.uri()}),
                        NLS.bind(Messages.Launch_undefinePool, name, v.uri()), () -> host.undefinePool(name));
            }
            if (existing == null || !existing.active()) {
                String name = pool;
                host.startPool(name);
                record(changes, done, NLS.bind(Messages.Launch_startedPool, name, v.uri()),
                        NLS.bind(Messages.Launch_stopPool, name, v.uri()), () -> host.destroyPool(name));
            }
            pools.put(key, pool);
        }
        if (host.volumeExists(v.path())) {
            done.add(NLS.bind(Messages.Launch_usedVolume, v.path(), v.uri()));
            return;
        }
        host.createVolume(pool, v.xml());
        record(changes, done, NLS.bind(Messages.Launch_createdVolume, v.path(), v.uri()),
                NLS.bind(Messages.Launch_deleteVolume, v.path(), v.uri()), () -> host.deleteVolume(v.path()));
    }

    private void domain(DomainStep d, Deque<Change> changes, List<String> done) throws HypervisorException {
        HypervisorConnection host = manager.connect(d.uri());
        host.defineDomain(d.xml());
        record(changes, done, NLS.bind(Messages.Launch_definedDomain, d.name(), d.uri()),
                NLS.bind(Messages.Launch_undefineDomain, d.name(), d.uri()), () -> host.undefine(d.name()));
        if (d.start()) {
            host.start(d.name());
            record(changes, done, NLS.bind(Messages.Launch_startedDomain, d.name(), d.uri()),
                    NLS.bind(Messages.Launch_stopDomain, d.name(), d.uri()), () -> host.destroy(d.name()));
        }
        if (d.pause()) {
            host.suspend(d.name());
            done.add(NLS.bind(Messages.Launch_pausedDomain, d.name(), d.uri()));
        }
    }

    private static void record(Deque<Change> changes, List<String> done, String description, String undo, Undo how) {
        changes.push(new Change(description, undo, how));
        done.add(description);
    }

    private static LaunchReport ended(Outcome outcome, String failure, LaunchPlan plan, Deque<Change> changes,
            List<String> done) {
        List<String> rolledBack = new ArrayList<>();
        List<String> leftBehind = new ArrayList<>();
        if (plan.options().rollback()) {
            while (!changes.isEmpty()) {
                Change change = changes.pop();
                try {
                    change.undo().run();
                    rolledBack.add(change.undoDescription());
                } catch (HypervisorException e) {
                    leftBehind.add(NLS.bind(Messages.Launch_undoFailed, change.description(), e.getMessage()));
                }
            }
        } else {
            changes.descendingIterator().forEachRemaining(c -> leftBehind.add(c.description()));
        }
        String head = outcome == Outcome.CANCELLED ? Messages.Launch_cancelled : Messages.Launch_failed;
        String state = leftBehind.isEmpty() ? Messages.Launch_nothingLeft
                : NLS.bind(Messages.Launch_somethingLeft, leftBehind.size());
        return new LaunchReport(outcome, done, failure, rolledBack, leftBehind,
                NLS.bind(head, done.size(), rolledBack.size()) + " " + state);
    }
}
