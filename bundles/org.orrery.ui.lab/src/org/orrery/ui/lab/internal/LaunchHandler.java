package org.orrery.ui.lab.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.orrery.libvirt.launch.LaunchOptions;
import org.orrery.libvirt.launch.LaunchPlan;
import org.orrery.libvirt.launch.LaunchReport;
import org.orrery.libvirt.launch.Launcher;

/**
 * Run &gt; Launch on libvirt: the plan from the selected model, a read-only check against the hosts
 * (with progress), the plan preview, then the launch in a job with progress and cancel, its report,
 * and the Lab view watching the model.
 */
public final class LaunchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ModelTarget target;
        try {
            target = ModelTarget.from(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActivePart(event));
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Launch_title, e.getMessage());
            return null;
        }
        if (target == null) {
            MessageDialog.openInformation(shell, Messages.Launch_title, Messages.Launch_noModel);
            return null;
        }
        launch(shell, window, target);
        return null;
    }

    /** Previews, checks and (when the user agrees) launches {@code target}. */
    static void launch(Shell shell, IWorkbenchWindow window, ModelTarget target) {
        LaunchPlan plan = plan(target, LaunchOptions.DEFAULTS);
        if (plan.isEmpty()) {
            String why = plan.skipped().isEmpty() ? "" : plan.skipped().get(0).vm().getName() + ": "
                    + plan.skipped().get(0).reason();
            MessageDialog.openInformation(shell, Messages.Launch_title, NLS.bind(Messages.Launch_nothing, why));
            return;
        }
        LabSession session = LabSession.get();
        Launcher launcher = new Launcher(session.manager());
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            new ProgressMonitorDialog(shell).run(true, true,
                    monitor -> problems.addAll(launcher.check(plan, notes, new MonitorProgress(monitor))));
        } catch (InvocationTargetException e) {
            problems.add(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            return;
        }
        LaunchPlanDialog preview = new LaunchPlanDialog(shell, target.file().getName(), plan, problems, notes);
        if (preview.open() != LaunchPlanDialog.OK) {
            return;
        }
        LaunchPlan chosen = plan(target, LaunchOptions.DEFAULTS.withRollback(preview.rollback()));
        session.watch(target.file(), target.world());
        LabView.showIn(window);
        Job job = new Job(NLS.bind(Messages.Launch_job, target.file().getName())) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                LaunchReport report = launcher.launch(chosen, new MonitorProgress(monitor));
                monitor.done();
                ReportDialog.Severity severity = switch (report.outcome()) {
                    case COMPLETED -> ReportDialog.Severity.OK;
                    case CANCELLED -> ReportDialog.Severity.WARNING;
                    case FAILED -> ReportDialog.Severity.ERROR;
                };
                shell.getDisplay().asyncExec(() -> ReportDialog.show(shell.isDisposed() ? null : shell,
                        Messages.Launch_reportTitle, report.statement(), details(report.text(), report.statement()),
                        severity));
                return report.outcome() == LaunchReport.Outcome.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /** A report's text without its first sentence, which the dialog shows on its own. */
    static String details(String text, String statement) {
        return text.startsWith(statement) ? text.substring(statement.length()).strip() : text;
    }

    private static LaunchPlan plan(ModelTarget target, LaunchOptions options) {
        return target.vms().isEmpty() ? LaunchPlan.of(target.world(), options) : LaunchPlan.of(target.vms(), options);
    }
}
