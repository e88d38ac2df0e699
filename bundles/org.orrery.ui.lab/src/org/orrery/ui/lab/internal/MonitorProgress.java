package org.orrery.ui.lab.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.orrery.libvirt.Progress;

/** An Eclipse progress monitor as the libvirt driver's {@link Progress}: steps become ticks and sub-tasks. */
final class MonitorProgress implements Progress {

    private final IProgressMonitor monitor;
    private boolean stepping;

    MonitorProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void begin(String task, int steps) {
        monitor.beginTask(task, Math.max(1, steps));
        stepping = false;
    }

    @Override
    public void step(String what) {
        if (stepping) {
            monitor.worked(1); // the previous step is done
        }
        stepping = true;
        monitor.subTask(what);
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
