package org.orrery.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.orrery.ui.OrreryUi;

/**
 * Design: the explorer on the left, the model editor in the middle, the outline on the right,
 * properties and validation problems below.
 */
public final class DesignPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(OrreryUi.EXPLORER_VIEW_ID);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editors);
        right.addView(IPageLayout.ID_OUTLINE);

        PerspectiveShortcuts.addTo(layout);
    }
}
