package org.orrery.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.orrery.ui.OrreryUi;
import org.orrery.ui.internal.validation.ModelValidationService;
import org.osgi.framework.BundleContext;

/** Activator of the workbench bundle: preferences and the images of its own icons folder. */
public final class OrreryUiPlugin extends AbstractUIPlugin {

    public static final String IMG_LOGO_16 = "icons/orrery16.png";
    public static final String IMG_MODEL = "icons/model.png";

    private static OrreryUiPlugin instance;
    private ModelValidationService validation;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (validation != null) {
            validation.stop();
        }
        instance = null;
        super.stop(context);
    }

    /** Starts validating the workspace's models into the Problems view (once the workbench is up). */
    public synchronized ModelValidationService validation() {
        if (validation == null) {
            validation = new ModelValidationService();
            validation.start();
        }
        return validation;
    }

    public static OrreryUiPlugin getDefault() {
        return instance;
    }

    @Override
    protected void initializeImageRegistry(ImageRegistry registry) {
        for (String path : new String[] {IMG_LOGO_16, IMG_MODEL}) {
            registry.put(path, imageDescriptorFromPlugin(OrreryUi.PLUGIN_ID, path));
        }
    }

    public static ImageDescriptor descriptor(String path) {
        return getDefault().getImageRegistry().getDescriptor(path);
    }

    public static void log(IStatus status) {
        ILog.of(OrreryUiPlugin.class).log(status);
    }

    public static void logError(String message, Throwable t) {
        log(Status.error(message, t));
    }
}
