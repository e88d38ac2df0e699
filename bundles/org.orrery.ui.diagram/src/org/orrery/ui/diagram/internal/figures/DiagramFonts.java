package org.orrery.ui.diagram.internal.figures;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;
import org.orrery.ui.diagram.internal.notation.TextMeasure;

/**
 * Fonts of the diagram, from JFace's registry so they follow the user's font preferences, and
 * the text measure the layout uses with them.
 */
public final class DiagramFonts {

    /** Measures with the fonts the figures paint with. */
    public static final TextMeasure MEASURE = new TextMeasure() {
        @Override
        public int width(String text, boolean bold) {
            return FigureUtilities.getTextWidth(text, bold ? bold() : regular());
        }

        @Override
        public int lineHeight() {
            return FigureUtilities.getFontMetrics(regular()).getHeight();
        }
    };

    private DiagramFonts() {
    }

    public static Font regular() {
        return JFaceResources.getDefaultFont();
    }

    public static Font bold() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }
}
