package org.orrery.ui.diagram.internal.actions;

/** Ids of the diagram editor's own actions (the editor registers them, its contributor shows them). */
public final class DiagramActionIds {

    public static final String ZOOM_FIT = "org.orrery.ui.diagram.zoomFit";
    public static final String ZOOM_ACTUAL = "org.orrery.ui.diagram.zoomActual";
    public static final String ARRANGE_ALL = "org.orrery.ui.diagram.arrangeAll";
    public static final String EXPORT = "org.orrery.ui.diagram.export";

    private DiagramActionIds() {
    }
}
