package org.orrery.ui.diagram.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Text;
import org.orrery.model.NamedElement;
import org.orrery.ui.diagram.internal.figures.DiagramFonts;

/** The text field that opens over a box's name (double click, F2): Enter renames, Escape cancels. */
final class NameEditor extends DirectEditManager {

    private final ElementPart part;
    private Font scaledFont;

    NameEditor(ElementPart part) {
        super(part, TextCellEditor.class, new TitleLocator(part));
        this.part = part;
    }

    @Override
    protected void initCellEditor() {
        String name = ((NamedElement) part.element()).getName();
        getCellEditor().setValue(name == null ? "" : name);
        Text text = (Text) getCellEditor().getControl();
        // The name is shown at the diagram's zoom: type at the same size.
        ZoomManager zoom = (ZoomManager) part.getViewer().getProperty(ZoomManager.class.toString());
        double scale = zoom == null ? 1 : zoom.getZoom();
        FontData data = DiagramFonts.bold().getFontData()[0];
        data.setHeight(Math.max(6, (int) Math.round(data.getHeight() * scale)));
        scaledFont = new Font(text.getDisplay(), data);
        text.setFont(scaledFont);
        text.selectAll();
    }

    @Override
    protected void bringDown() {
        super.bringDown();
        if (scaledFont != null) {
            scaledFont.dispose();
            scaledFont = null;
        }
    }

    /** Puts the text field over the name in the box's header. */
    private record TitleLocator(ElementPart part) implements CellEditorLocator {
        @Override
        public void relocate(CellEditor editor) {
            IFigure figure = part.getFigure();
            Rectangle area = part.nodeFigure().titleArea();
            area.translate(figure.getBounds().getLocation());
            figure.translateToAbsolute(area);
            editor.getControl().setBounds(area.x - 2, area.y - 2, area.width + 4, area.height + 4);
        }
    }
}
