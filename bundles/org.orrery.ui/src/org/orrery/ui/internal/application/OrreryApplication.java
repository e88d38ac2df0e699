package org.orrery.ui.internal.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Orrery workbench application (id {@code org.orrery.ui.application}). */
public final class OrreryApplication implements IApplication {

    /** Exit code when the workspace cannot be used; the launcher script relays the message. */
    public static final Integer EXIT_WORKSPACE_UNUSABLE = 3;

    @Override
    public Object start(IApplicationContext context) {
        Location instance = Platform.getInstanceLocation();
        String problem = WorkspaceGuard.claim(instance);
        if (problem != null) {
            System.err.println("orrery: " + problem);
            return EXIT_WORKSPACE_UNUSABLE;
        }
        // libvirt's default event loop is GLib's default main context, which this display thread
        // iterates: libvirt must not run a thread of its own on it, or that thread dispatches SWT's
        // timers (and every live view's refresh dies with "Invalid thread access"). Read by
        // org.orrery.libvirt's event loop before the first connection.
        System.setProperty("orrery.libvirt.applicationMainLoop", "true");
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new OrreryWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
            instance.release();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
