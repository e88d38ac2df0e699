package org.orrery.ui.internal.application;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.orrery.ui.internal.OrreryUiPlugin;

/** File &gt; New &gt; Orrery Project: a project with the folders Orrery files its work into. */
public final class NewOrreryProjectWizard extends BasicNewProjectResourceWizard {

    /** Folders every Orrery project starts with. */
    static final String[] FOLDERS = {"models", "experiments", "runs"};

    @Override
    public void addPages() {
        super.addPages();
        setWindowTitle(Messages.NewProject_title);
        getPages()[0].setTitle(Messages.NewProject_title);
        getPages()[0].setDescription(Messages.NewProject_description);
    }

    @Override
    public boolean performFinish() {
        if (!super.performFinish()) {
            return false;
        }
        IProject project = getNewProject();
        try {
            for (String name : FOLDERS) {
                IFolder folder = project.getFolder(name);
                if (!folder.exists()) {
                    folder.create(true, true, new NullProgressMonitor());
                }
            }
        } catch (CoreException e) {
            OrreryUiPlugin.log(e.getStatus());
            ErrorDialog.openError(getShell(), Messages.NewProject_title, null, e.getStatus());
        }
        return true;
    }
}
