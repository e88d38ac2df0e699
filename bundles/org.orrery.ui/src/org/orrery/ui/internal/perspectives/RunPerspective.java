package org.orrery.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.orrery.ui.OrreryUi;

/**
 * Run: run control on the left, the deployment diagram in the middle, live views (timeline, run
 * queues, phone clones, charts) stacked on the right, the event log along the bottom.
 */
public final class RunPerspective implements IPerspectiveFactory {

    /** Folder the live views open into; views of org.orrery.ui.views.live.* land there. */
    public static final String LIVE_FOLDER_ID = "org.orrery.ui.run.live";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout control = layout.createFolder("control", IPageLayout.LEFT, 0.22f, editors);
        control.addView(OrreryUi.RUN_CONTROL_VIEW_ID);

        IFolderLayout log = layout.createFolder("log", IPageLayout.BOTTOM, 0.68f, editors);
        log.addView(OrreryUi.EVENT_LOG_VIEW_ID);
        log.addView(IPageLayout.ID_PROP_SHEET);

        IFolderLayout live = layout.createFolder(LIVE_FOLDER_ID, IPageLayout.RIGHT, 0.55f, editors);
        live.addPlaceholder(OrreryUi.LIVE_VIEWS_PATTERN);
        live.addView(IPageLayout.ID_PROGRESS_VIEW);

        PerspectiveShortcuts.addTo(layout);
    }
}
