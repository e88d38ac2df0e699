package org.orrery.ui.lab.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.migrate.MigrationHandle;
import org.orrery.libvirt.monitor.LabHost;
import org.orrery.libvirt.monitor.LabMonitor;
import org.orrery.model.World;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * The workbench's one lab: a telemetry store, one connection manager (so the Lab view, launches,
 * discoveries and migrations share connections and life-cycle events) and the monitor of the
 * model being watched. Watching a model makes its telemetry the run every live view shows.
 */
public final class LabSession {

    /** A model being watched: its file, the model as loaded, and its monitor. */
    public record Lab(IFile file, World world, LabMonitor monitor) {
    }

    /** Sampling periods the Lab view offers, ms. */
    static final long[] PERIODS = {500, 1000, 2000, 5000};
    static final long DEFAULT_PERIOD = 1000;

    private static LabSession instance;

    private final TelemetryStore store = new TelemetryStore();
    private final ConnectionManager manager;
    private final List<MigrationHandle> migrations = new CopyOnWriteArrayList<>();
    private volatile Lab lab;
    private volatile long period = DEFAULT_PERIOD;

    private LabSession() {
        // the workbench's display thread iterates GLib's default context: let it dispatch libvirt's events
        ConnectionManager.dispatchEventsOnApplicationMainLoop();
        manager = ConnectionManager.libvirt(store, new SecureStoreCredentials());
    }

    /** The session, created on first use. */
    public static synchronized LabSession get() {
        if (instance == null) {
            instance = new LabSession();
        }
        return instance;
    }

    /** Closes the session if one was created (workbench shut-down). */
    static synchronized void closeIfOpen() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    public TelemetryStore store() {
        return store;
    }

    public ConnectionManager manager() {
        return manager;
    }

    /** The model being watched, or null. */
    public Lab lab() {
        return lab;
    }

    /**
     * Watches {@code world} (read from {@code file}): its hosts are sampled at the session's rate,
     * and its telemetry becomes the run the live views show. Watching the same file again keeps
     * the monitor but takes the newer model.
     */
    public synchronized void watch(IFile file, World world) {
        Lab old = lab;
        if (old != null) {
            old.monitor().close();
        }
        LabMonitor monitor = new LabMonitor(manager, LabHost.of(world));
        monitor.start(period);
        lab = new Lab(file, world, monitor);
        if (old == null || !old.file().equals(file)) {
            showRun();
        }
    }

    /**
     * Makes the lab's telemetry the run the live views show, unless it is already (a simulation or
     * a recording may have been opened since watching began).
     */
    public void showRun() {
        RunSession current = RunSessions.current();
        Lab watched = lab;
        if (watched != null && (current == null || current.store() != store)) {
            RunSessions.show(new RunSession("Lab: " + watched.file().getName(), "libvirt", -1, store));
        }
    }

    /** The sampling period, ms. */
    public long period() {
        return period;
    }

    /** Changes the sampling period of the watched model's monitor. */
    public synchronized void setPeriod(long millis) {
        period = millis;
        if (lab != null) {
            lab.monitor().start(millis);
        }
    }

    /** Remembers a migration so the Lab view shows it while it runs. */
    public void track(MigrationHandle handle) {
        migrations.removeIf(MigrationHandle::isDone);
        migrations.add(handle);
    }

    /** Migrations started in this session, the most recent last (finished ones until the next starts). */
    public List<MigrationHandle> migrations() {
        return List.copyOf(migrations);
    }

    private synchronized void close() {
        if (lab != null) {
            lab.monitor().close();
        }
        migrations.forEach(MigrationHandle::cancel);
        manager.close();
    }
}
