package org.orrery.ui.diagram.internal;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/** Editor inputs as files on disk: workspace files (explorer) and local files (File &gt; Open File). */
final class EditorInputs {

    private EditorInputs() {
    }

    /** The file behind {@code input}, or {@code null} when it is not a local file. */
    static Path pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fi && fi.getFile().getLocation() != null) {
            return fi.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput ui && "file".equals(ui.getURI().getScheme())) {
            return Path.of(ui.getURI());
        }
        return null;
    }

    /** The workspace file {@code input} is, or {@code null}. */
    static IFile workspaceFile(IEditorInput input) {
        return input instanceof IFileEditorInput fi ? fi.getFile() : null;
    }

    /** An input for {@code file}: a workspace file's if the workspace has it, else a local file's. */
    static IEditorInput inputFor(Path file) throws CoreException {
        IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        for (IFile f : inWorkspace) {
            if (f.exists() || f.getProject().isOpen()) {
                return new FileEditorInput(f);
            }
        }
        return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri()));
    }

    /** Tells the workspace that {@code file} changed on disk, so the explorer and markers follow. */
    static void refresh(Path file) {
        IPath location = IPath.fromOSString(file.toString());
        IFile f = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(location);
        if (f != null) {
            try {
                f.refreshLocal(0, null);
            } catch (CoreException e) {
                // The workspace notices the change on its next refresh; the file itself is saved.
                ILog.of(EditorInputs.class).log(e.getStatus());
            }
        }
    }
}
