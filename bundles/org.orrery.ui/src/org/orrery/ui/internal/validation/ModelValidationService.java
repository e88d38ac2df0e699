package org.orrery.ui.internal.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.internal.OrreryUiPlugin;

/**
 * Keeps the Problems view in step with the .orrery files of the workspace: validates them all
 * once at start, then each one that is added or changed, in a background job (never on the UI
 * thread, never once per keystroke: changes arriving together are validated together).
 */
public final class ModelValidationService implements IResourceChangeListener {

    private final Set<IFile> pending = new LinkedHashSet<>();
    private final WorkspaceJob job = new WorkspaceJob("Validating Orrery models") {
        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) {
            Set<IFile> files;
            synchronized (pending) {
                files = new LinkedHashSet<>(pending);
                pending.clear();
            }
            monitor.beginTask(getName(), files.size());
            for (IFile file : files) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (file.exists()) {
                    try {
                        ModelProblemMarkers.update(file);
                    } catch (CoreException e) {
                        OrreryUiPlugin.log(e.getStatus());
                    }
                }
                monitor.worked(1);
            }
            return Status.OK_STATUS;
        }
    };

    public ModelValidationService() {
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(ResourcesPlugin.getWorkspace().getRoot()));
    }

    /** Starts listening and validates every model already in the workspace. */
    public void start() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        try {
            workspace.getRoot().accept(resource -> {
                if (resource instanceof IFile file && isModel(file)) {
                    queue(file);
                }
                return true;
            });
        } catch (CoreException e) {
            OrreryUiPlugin.log(e.getStatus());
        }
    }

    public void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        job.cancel();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file && isModel(file)
                        && (delta.getKind() == IResourceDelta.ADDED
                                || (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0))) {
                    queue(file);
                }
                return delta.getResource().getType() != IResource.FILE;
            });
        } catch (CoreException e) {
            OrreryUiPlugin.log(e.getStatus());
        }
    }

    private void queue(IFile file) {
        synchronized (pending) {
            pending.add(file);
        }
        job.schedule(200);
    }

    /** Finished all validation scheduled so far; for tests. */
    public void join() throws InterruptedException {
        job.join();
    }

    private static boolean isModel(IFile file) {
        return OrreryResources.FILE_EXTENSION.equals(file.getFileExtension());
    }
}
