package org.orrery.ui.internal.application;

import java.net.URL;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.orrery.ui.OrreryUi;
import org.orrery.ui.internal.OrreryUiPlugin;
import org.osgi.framework.Bundle;

/**
 * Workbench-wide behaviour: opens in the Design perspective, restores the last layout, shows the
 * workspace in the explorer, and saves the workspace on the way out.
 */
final class OrreryWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        // Resources adapt to workbench adapters (labels, icons) the way the Eclipse IDE does it.
        IDE.registerAdapters();
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
    }

    private static void declareIdeImage(IWorkbenchConfigurer configurer, String key, String path) {
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        URL url = ide == null ? null : FileLocator.find(ide, new org.eclipse.core.runtime.Path(path));
        if (url != null) {
            configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return OrreryUi.DESIGN_PERSPECTIVE_ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new OrreryWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        OrreryUiPlugin.getDefault().validation();
    }

    @Override
    public void postShutdown() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            OrreryUiPlugin.log(e.getStatus());
        }
    }
}
