package org.orrery.ui.diagram.internal;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * A model element drawn as a rounded box of its kind's colours: a title (name and a short
 * summary), then its children laid out in a wrapping row.
 */
final class NodeFigure extends Figure {

    private final KindStyle style;
    private final Object element;
    private final Figure content = new Figure();

    NodeFigure(KindStyle style, Object element, String title, String summary) {
        this.style = style;
        this.element = element;
        ToolbarLayout layout = new ToolbarLayout(false);
        layout.setSpacing(3);
        setLayoutManager(layout);
        setBorder(new MarginBorder(4, 6, 6, 6));
        Label name = new Label(title);
        name.setLabelAlignment(PositionConstants.LEFT);
        name.setForegroundColor(ColorConstants.black);
        name.setFont(DiagramFonts.bold());
        add(name);
        if (summary != null && !summary.isEmpty()) {
            Label details = new Label(summary);
            details.setLabelAlignment(PositionConstants.LEFT);
            details.setForegroundColor(ColorConstants.darkGray);
            add(details);
        }
        FlowLayout flow = new FlowLayout(true);
        flow.setMajorSpacing(8);
        flow.setMinorSpacing(8);
        content.setLayoutManager(flow);
        add(content);
    }

    /** Where children of this element go. */
    IFigure content() {
        return content;
    }

    KindStyle style() {
        return style;
    }

    /** The model object this figure draws. */
    Object element() {
        return element;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().shrink(1, 1);
        g.setAntialias(org.eclipse.swt.SWT.ON);
        g.setBackgroundColor(style.fill);
        g.fillRoundRectangle(r, 10, 10);
        g.setForegroundColor(style.line);
        g.setLineWidth(style == KindStyle.VM ? 1 : 2);
        g.drawRoundRectangle(r, 10, 10);
    }
}
