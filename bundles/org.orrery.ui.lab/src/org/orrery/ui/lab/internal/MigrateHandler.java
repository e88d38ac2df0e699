package org.orrery.ui.lab.internal;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.orrery.ui.lab.LabActions;

/**
 * Run &gt; Migrate VM: the Migrate dialog for the watched model (or the selected one). Called with
 * the command's parameters (model file, VM id, destination host id), as the diagram does when a VM
 * is dropped on another host, it opens with those chosen.
 */
public final class MigrateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        String path = event.getParameter(LabActions.PARAMETER_FILE);
        IFile file = path == null ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
        if (file == null) {
            LabSession.Lab lab = LabSession.get().lab();
            file = lab != null ? lab.file() : null;
        }
        if (file == null) {
            try {
                ModelTarget target = ModelTarget.from(HandlerUtil.getCurrentSelection(event),
                        HandlerUtil.getActivePart(event));
                file = target == null ? null : target.file();
            } catch (IOException e) {
                MessageDialog.openError(shell, Messages.Migrate_title, e.getMessage());
                return null;
            }
        }
        if (file == null) {
            MessageDialog.openInformation(shell, Messages.Migrate_title, Messages.Migrate_noModel);
            return null;
        }
        LabActions.migrate(shell, file, event.getParameter(LabActions.PARAMETER_VM),
                event.getParameter(LabActions.PARAMETER_DESTINATION));
        return null;
    }
}
