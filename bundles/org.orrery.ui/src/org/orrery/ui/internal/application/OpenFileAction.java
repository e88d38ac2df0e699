package org.orrery.ui.internal.application;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.ide.IDE;

/** File &gt; Open File...: any file on disk, in the editor registered for its kind (models: the diagram editor). */
final class OpenFileAction extends Action implements IWorkbenchAction {

    static final String ID = "org.orrery.ui.openFile";

    private IWorkbenchWindow window;

    OpenFileAction(IWorkbenchWindow window) {
        super(Messages.OpenFile_label);
        this.window = window;
        setId(ID);
        setActionDefinitionId("org.eclipse.ui.edit.text.openLocalFile");
        setToolTipText(Messages.OpenFile_tooltip);
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.OpenFile_title);
        dialog.setFilterExtensions(new String[] {"*.orrery", "*.*"});
        dialog.setFilterNames(new String[] {Messages.OpenFile_filterModels, Messages.OpenFile_filterAll});
        if (dialog.open() == null) {
            return;
        }
        for (String name : dialog.getFileNames()) {
            open(Path.of(dialog.getFilterPath(), name));
        }
    }

    void open(Path file) {
        if (!Files.isRegularFile(file)) {
            MessageDialog.openError(window.getShell(), Messages.OpenFile_title, Messages.bind(Messages.OpenFile_missing, file));
            return;
        }
        IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
        try {
            IDE.openEditorOnFileStore(window.getActivePage(), store);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.OpenFile_title,
                    Messages.bind(Messages.OpenFile_failed, file, e.getMessage()));
        }
    }

    @Override
    public void dispose() {
        window = null;
    }
}
