package org.orrery.ui.lab.internal;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.orrery.libvirt.JobProgress;
import org.orrery.libvirt.migrate.MigrationHandle;
import org.orrery.libvirt.migrate.MigrationOutcome;
import org.orrery.ui.lab.internal.ReportDialog.Severity;

/**
 * A running migration as an Eclipse job: progress from libvirt's job statistics (memory sent of
 * what there is to send), cancel through libvirt's abort, and the outcome reported when it ends. The
 * migration itself runs on its own thread; the job only watches it.
 */
public final class MigrationJob extends Job {

    private static final int TICKS = 1000;
    private static final long POLL_MILLIS = 200;

    private final MigrationHandle handle;

    private MigrationJob(MigrationHandle handle, String vm, String from, String to) {
        super(NLS.bind(Messages.Migrate_job, new Object[] {vm, from, to}));
        this.handle = handle;
        setUser(true);
    }

    /** Watches {@code handle} in a job until it ends. */
    public static void schedule(MigrationHandle handle, String vm, String from, String to) {
        new MigrationJob(handle, vm, from, to).schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        int done = 0;
        try {
            while (!handle.isDone()) {
                if (monitor.isCanceled() && !handle.isCancelRequested()) {
                    handle.cancel();
                }
                JobProgress p = handle.latest().orElse(null);
                monitor.subTask(p == null ? Messages.Migrate_waiting : describe(p));
                if (p != null) {
                    int now = (int) (TICKS * p.memoryFraction());
                    monitor.worked(Math.max(0, now - done));
                    done = Math.max(done, now);
                }
                try {
                    handle.await(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // still running: report again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    handle.cancel();
                    break;
                }
            }
        } finally {
            monitor.done();
        }
        MigrationOutcome outcome = handle.outcome().join();
        Severity severity = switch (outcome.result()) {
            case COMPLETED -> Severity.OK;
            case CANCELLED -> Severity.WARNING;
            case FAILED -> Severity.ERROR;
        };
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> ReportDialog.show(display.getActiveShell(), Messages.Migrate_reportTitle,
                outcome.message(), "", severity));
        return outcome.result() == MigrationOutcome.Result.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** "iteration 2: 5.1 MiB sent, 3.0 MiB to go at 2.0 MiB/s, expected downtime 300 ms". */
    static String describe(JobProgress p) {
        return NLS.bind(Messages.Migrate_progress, new Object[] {p.iteration(), mib(p.memoryProcessed()),
            mib(p.memoryRemaining()), mib(p.bytesPerSecond()), p.downtimeMillis()});
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", Math.max(0, bytes) / 1048576.0);
    }
}
