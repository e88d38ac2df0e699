package org.orrery.ui.lab.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.discover.Discovery;
import org.orrery.libvirt.discover.DiscoveryReport;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.lab.internal.ReportDialog.Severity;

/**
 * Run &gt; Discover from libvirt: imports what the hosts of the selected model (or one URI) run,
 * in a job, into a new .orrery file next to the model (or in the selected folder), never
 * overwriting one; then the report, and the new file selected in the explorer.
 */
public final class DiscoverHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        ModelTarget target;
        try {
            target = ModelTarget.from(selection, HandlerUtil.getActivePart(event));
        } catch (IOException e) {
            target = null; // an unreadable model: the user can still discover from a URI
        }
        DiscoverDialog dialog = new DiscoverDialog(shell, target == null ? null : target.file().getName());
        if (dialog.open() != DiscoverDialog.OK) {
            return null;
        }
        IContainer folder = target != null ? target.file().getParent() : folderOf(selection);
        if (folder == null) {
            MessageDialog.openInformation(shell, Messages.Discover_title, Messages.Discover_noFolder);
            return null;
        }
        schedule(shell, window, dialog.uri(), target, folder);
        return null;
    }

    static Job schedule(Shell shell, IWorkbenchWindow window, String uri, ModelTarget target, IContainer folder) {
        Job job = new Job(Messages.Discover_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Discovery discovery = new Discovery(LabSession.get().manager());
                MonitorProgress progress = new MonitorProgress(monitor);
                World world;
                DiscoveryReport report;
                String base;
                try {
                    if (uri == null) {
                        world = target.world();
                        report = discovery.discover(world, progress);
                        base = target.file().getFullPath().removeFileExtension().lastSegment() + "-discovered";
                    } else {
                        Discovery.Result result = discovery.discover(uri, progress);
                        world = result.world();
                        report = result.report();
                        base = "discovered-" + world.getClouds().get(0).getName().replaceAll("[^A-Za-z0-9._-]", "-");
                    }
                } catch (HypervisorException e) {
                    report(shell, e.getMessage(), "", Severity.ERROR);
                    return Status.OK_STATUS;
                }
                IFile file = freeFile(folder, base);
                try {
                    OrreryResources.save(world, Path.of(file.getLocation().toOSString()));
                    file.refreshLocal(IResource.DEPTH_ZERO, monitor);
                } catch (IOException | CoreException e) {
                    report(shell, e.getMessage(), report.text(), Severity.ERROR);
                    return Status.OK_STATUS;
                }
                String statement = report.statement() + " " + NLS.bind(Messages.Discover_written, file.getFullPath());
                report(shell, statement, LaunchHandler.details(report.text(), report.statement()),
                        report.problems().isEmpty() ? Severity.OK : Severity.WARNING);
                shell.getDisplay().asyncExec(() -> BasicNewResourceWizard.selectAndReveal(file, window));
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void report(Shell shell, String statement, String details, Severity severity) {
        shell.getDisplay().asyncExec(() -> ReportDialog.show(shell.isDisposed() ? null : shell,
                Messages.Discover_reportTitle, statement, details, severity));
    }

    /** {@code base.orrery} in {@code folder}, or {@code base-2.orrery}... whichever does not exist yet. */
    private static IFile freeFile(IContainer folder, String base) {
        IFile file = folder.getFile(new org.eclipse.core.runtime.Path(base + "." + OrreryResources.FILE_EXTENSION));
        for (int n = 2; file.exists() || file.getLocation().toFile().exists(); n++) {
            file = folder.getFile(new org.eclipse.core.runtime.Path(base + "-" + n + "." + OrreryResources.FILE_EXTENSION));
        }
        return file;
    }

    /** The selected project or folder (or a selected file's folder), else the first open project. */
    private static IContainer folderOf(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            IResource r = Adapters.adapt(s.getFirstElement(), IResource.class);
            if (r instanceof IContainer c) {
                return c;
            }
            if (r != null) {
                return r.getParent();
            }
        }
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen()) {
                return p;
            }
        }
        return null;
    }
}
