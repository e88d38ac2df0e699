package org.orrery.ui.lab.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Closes the lab session (monitor, connections, libvirt's event loop) when the workbench stops. */
public final class LabUiPlugin implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // the session starts on first use: watching nothing costs nothing
    }

    @Override
    public void stop(BundleContext context) {
        LabSession.closeIfOpen();
    }

    static void logError(String message, Throwable t) {
        ILog.of(LabUiPlugin.class).log(Status.error(message, t));
    }
}
