package org.orrery.ui.internal.perspectives;

import org.eclipse.ui.IPageLayout;
import org.orrery.ui.OrreryUi;

/** Shortcuts both perspectives offer: each other, the Orrery wizards, and the views they use. */
final class PerspectiveShortcuts {

    private PerspectiveShortcuts() {
    }

    static void addTo(IPageLayout layout) {
        layout.addPerspectiveShortcut(OrreryUi.DESIGN_PERSPECTIVE_ID);
        layout.addPerspectiveShortcut(OrreryUi.RUN_PERSPECTIVE_ID);
        layout.addNewWizardShortcut("org.orrery.ui.wizards.newProject");
        layout.addNewWizardShortcut("org.orrery.ui.wizards.newModel");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addShowViewShortcut(OrreryUi.EXPLORER_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(OrreryUi.RUN_CONTROL_VIEW_ID);
        layout.addShowViewShortcut(OrreryUi.EVENT_LOG_VIEW_ID);
    }
}
