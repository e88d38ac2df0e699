package org.orrery.ui.diagram.internal.parts;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.CompoundBorder;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.orrery.ui.diagram.internal.commands.Refusal;
import org.orrery.ui.diagram.internal.figures.DiagramFonts;
import org.orrery.ui.diagram.internal.figures.KindStyle;

/**
 * Says why a gesture is not allowed while the user makes it: next to the pointer and in the
 * status line. GEF alone only shows a "not allowed" cursor. The diagram's tools report each
 * command they are about to offer; a {@link Refusal} is shown, anything else clears it.
 */
public final class RefusalDisplay {

    /** Viewer property under which the editor registers its display. */
    public static final String PROPERTY = RefusalDisplay.class.getName();

    /** The display showing a reason now: a tool that ends has no viewer left to find it by. */
    private static RefusalDisplay showing;

    private final GraphicalViewer viewer;
    private final IStatusLineManager status;
    private final Label label = new Label();
    private String shown;

    public RefusalDisplay(GraphicalViewer viewer, IStatusLineManager status) {
        this.viewer = viewer;
        this.status = status;
        label.setOpaque(true);
        label.setBackgroundColor(ColorConstants.tooltipBackground);
        label.setForegroundColor(KindStyle.ERROR);
        label.setFont(DiagramFonts.regular());
        label.setBorder(new CompoundBorder(new LineBorder(KindStyle.ERROR, 1), new MarginBorder(2, 4, 2, 4)));
    }

    /** The reason shown now, or {@code null}. */
    public String shown() {
        return shown;
    }

    /**
     * Reports what a tool offers at {@code location} (viewer coordinates) in {@code viewer}. A
     * tool that ends reports no viewer: the label goes (the status line keeps the last reason).
     */
    static void report(EditPartViewer viewer, Command command, Point location) {
        if (viewer == null) {
            if (showing != null) {
                showing.hideLabel();
            }
            return;
        }
        if (viewer.getProperty(PROPERTY) instanceof RefusalDisplay display) {
            Refusal refusal = command == null ? null : Refusal.in(command);
            if (refusal == null) {
                display.clear();
            } else {
                display.show(refusal.reason(), location);
            }
        }
    }

    private void show(String reason, Point location) {
        shown = reason;
        if (status != null) {
            status.setErrorMessage(reason);
        }
        IFigure layer = feedbackLayer();
        if (layer == null) {
            return;
        }
        label.setText(reason);
        Point p = location == null ? new Point() : location.getCopy();
        layer.translateToRelative(p);
        Dimension size = label.getPreferredSize();
        label.setBounds(new org.eclipse.draw2d.geometry.Rectangle(p.x + 14, p.y + 18, size.width, size.height));
        if (label.getParent() != layer) {
            layer.add(label);
        }
        showing = this;
    }

    private void clear() {
        if (shown != null && status != null) {
            status.setErrorMessage(null);
        }
        shown = null;
        hideLabel();
    }

    private void hideLabel() {
        if (label.getParent() != null) {
            label.getParent().remove(label);
        }
        if (showing == this) {
            showing = null;
        }
    }

    private IFigure feedbackLayer() {
        LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
        return layers == null ? null : layers.getLayer(LayerConstants.FEEDBACK_LAYER);
    }
}
