package org.orrery.ui.diagram.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.ide.IDE;
import org.orrery.ui.diagram.OrreryDiagram;
import org.osgi.framework.Bundle;

/**
 * File &gt; Open Sample: the models shipped in org.orrery.model's samples folder. Choosing one
 * copies it into the workspace project "Orrery Samples" (once; later choices open that copy)
 * and opens it in the diagram, so the shipped file is never edited and the copy shows in the
 * explorer like any other model.
 */
public final class SampleMenu extends CompoundContributionItem {

    static final String MODEL_BUNDLE = "org.orrery.model";

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        for (String name : sampleNames()) {
            items.add(new ActionContributionItem(new Action(name.replace(".orrery", "")) {
                @Override
                public void run() {
                    open(name);
                }
            }));
        }
        return items.toArray(new IContributionItem[0]);
    }

    /** File names of the shipped samples, sorted. */
    static List<String> sampleNames() {
        List<String> names = new ArrayList<>();
        Bundle bundle = Platform.getBundle(MODEL_BUNDLE);
        Enumeration<String> paths = bundle == null ? null : bundle.getEntryPaths("samples/");
        while (paths != null && paths.hasMoreElements()) {
            String path = paths.nextElement();
            if (path.endsWith(".orrery")) {
                names.add(path.substring(path.lastIndexOf('/') + 1));
            }
        }
        Collections.sort(names);
        return names;
    }

    /** Copies the sample into the samples project if it is not there yet and opens the copy. */
    static IFile open(String name) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IFile copy = workspaceCopy(name);
            IDE.openEditor(page, copy, OrreryDiagram.EDITOR_ID);
            return copy;
        } catch (CoreException | IOException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Samples_title,
                    Messages.bind(Messages.Samples_failed, name, e.getMessage()));
            return null;
        }
    }

    static IFile workspaceCopy(String name) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(Messages.Samples_project);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFile copy = project.getFile(name);
        if (!copy.exists()) {
            URL sample = Platform.getBundle(MODEL_BUNDLE).getEntry("samples/" + name);
            try (InputStream in = sample.openStream()) {
                copy.create(in, true, null);
            }
        }
        return copy;
    }
}
