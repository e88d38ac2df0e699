package org.orrery.ui.diagram.internal.live;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.gef.commands.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.ui.OrreryUi;
import org.orrery.ui.diagram.internal.commands.ActionCommand;
import org.orrery.ui.diagram.internal.parts.RunGestures;

/**
 * In the Run perspective, a VM dropped on another host asks for its live migration: the Migrate
 * command of Orrery's Lab runs with the model file, the VM and the host, which opens the Migrate
 * dialog with them chosen (the user confirms there), runs the migration as a job and moves the VM
 * in the file when it ends. The diagram does not know libvirt: it only names the command and its
 * parameters. In the Design perspective the drop stays an edit of the model.
 */
public final class MigrateOnDrop implements RunGestures {

    /** The Lab's Migrate command and its parameters (org.orrery.ui.lab.LabActions). */
    public static final String COMMAND = "org.orrery.ui.lab.migrate";
    public static final String PARAMETER_FILE = "org.orrery.ui.lab.migrate.file";
    public static final String PARAMETER_VM = "org.orrery.ui.lab.migrate.vm";
    public static final String PARAMETER_DESTINATION = "org.orrery.ui.lab.migrate.destination";

    private final IEditorPart editor;

    public MigrateOnDrop(IEditorPart editor) {
        this.editor = editor;
    }

    @Override
    public Command moveVm(VirtualMachine vm, Host destination) {
        IWorkbenchPage page = editor.getSite().getPage();
        IPerspectiveDescriptor perspective = page == null ? null : page.getPerspective();
        if (perspective == null || !OrreryUi.RUN_PERSPECTIVE_ID.equals(perspective.getId())) {
            return null;
        }
        return new Request(vm, destination);
    }

    /** The migration request a drop makes; it runs once the drag has ended, so a dialog can take over. */
    public final class Request extends ActionCommand {
        private final VirtualMachine vm;
        private final Host destination;

        Request(VirtualMachine vm, Host destination) {
            super(NLS.bind(Messages.Migrate_label, vm.getName(), destination.getName()));
            this.vm = vm;
            this.destination = destination;
        }

        public VirtualMachine vm() {
            return vm;
        }

        public Host destination() {
            return destination;
        }

        @Override
        public void execute() {
            editor.getSite().getShell().getDisplay().asyncExec(this::ask);
        }

        private void ask() {
            Shell shell = editor.getSite().getShell();
            if (shell.isDisposed()) {
                return;
            }
            IFile file = editor.getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
            if (file == null) {
                MessageDialog.openInformation(shell, Messages.Migrate_title, Messages.Migrate_notInWorkspace);
                return;
            }
            if (vm.getId() == null || destination.getId() == null) {
                MessageDialog.openInformation(shell, Messages.Migrate_title,
                        NLS.bind(Messages.Migrate_noId, vm.getId() == null ? vm.getName() : destination.getName()));
                return;
            }
            if (editor.isDirty()) {
                if (!MessageDialog.openQuestion(shell, Messages.Migrate_title, Messages.Migrate_saveFirst)) {
                    return;
                }
                editor.doSave(new NullProgressMonitor());
                if (editor.isDirty()) {
                    return;
                }
            }
            ICommandService commands = editor.getSite().getService(ICommandService.class);
            org.eclipse.core.commands.Command migrate = commands.getCommand(COMMAND);
            if (!migrate.isDefined()) {
                MessageDialog.openInformation(shell, Messages.Migrate_title, Messages.Migrate_noLab);
                return;
            }
            try {
                ParameterizedCommand command = ParameterizedCommand.generateCommand(migrate, Map.of(PARAMETER_FILE,
                        file.getFullPath().toString(), PARAMETER_VM, vm.getId(), PARAMETER_DESTINATION, destination.getId()));
                editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
            } catch (Exception e) {
                ILog.of(MigrateOnDrop.class).error("Migrate " + vm.getId() + " to " + destination.getId(), e);
                MessageDialog.openError(shell, Messages.Migrate_title, NLS.bind(Messages.Migrate_failed, e.getMessage()));
            }
        }
    }
}
