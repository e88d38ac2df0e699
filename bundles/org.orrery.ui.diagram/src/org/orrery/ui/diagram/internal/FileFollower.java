package org.orrery.ui.diagram.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * Notices when the editor's workspace file is written by someone else: the Lab moves a VM in the
 * model file when its live migration ends. The editor then shows the file as it is now, rather
 * than keep an old model that a Save would write over the migration's result.
 */
final class FileFollower implements IResourceChangeListener {

    private final IFile file;
    private final Runnable changed;
    private final Display display;
    /** The file's stamp after the editor's own last save (or open): a change to it is not news. */
    private long ownStamp;
    private boolean saving;

    FileFollower(IFile file, Runnable changed, Display display) {
        this.file = file;
        this.changed = changed;
        this.display = display;
        ownStamp = file.getModificationStamp();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** Runs the editor's own save of the file: what it writes is not a change by someone else. */
    void saving(Runnable save) {
        saving = true;
        try {
            save.run();
        } finally {
            saving = false;
            ownStamp = file.getModificationStamp();
        }
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null || delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) == 0) {
            return;
        }
        display.asyncExec(() -> {
            if (!saving && file.exists() && file.getModificationStamp() != ownStamp) {
                ownStamp = file.getModificationStamp();
                changed.run();
            }
        });
    }
}
