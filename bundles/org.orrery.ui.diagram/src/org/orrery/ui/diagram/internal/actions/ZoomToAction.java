package org.orrery.ui.diagram.internal.actions;

import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.action.Action;

/** Zoom to a fixed level: the whole diagram ({@link ZoomManager#FIT_ALL}) or 100%. */
public final class ZoomToAction extends Action {

    private final ZoomManager zoom;
    private final String level;

    private ZoomToAction(ZoomManager zoom, String level, String id, String text, String tip) {
        this.zoom = zoom;
        this.level = level;
        setId(id);
        setText(text);
        setToolTipText(tip);
    }

    public static ZoomToAction fit(ZoomManager zoom) {
        return new ZoomToAction(zoom, ZoomManager.FIT_ALL, DiagramActionIds.ZOOM_FIT, Messages.Action_zoomFit,
                Messages.Action_zoomFitTip);
    }

    public static ZoomToAction actualSize(ZoomManager zoom) {
        return new ZoomToAction(zoom, null, DiagramActionIds.ZOOM_ACTUAL, Messages.Action_zoomActual,
                Messages.Action_zoomActualTip);
    }

    @Override
    public void run() {
        if (level == null) {
            zoom.setZoom(1.0);
        } else {
            zoom.setZoomAsText(level);
        }
    }
}
