package org.orrery.ui.diagram.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;

/** Fonts of the diagram, from JFace's registry so they follow the user's font preferences. */
final class DiagramFonts {

    private DiagramFonts() {
    }

    static Font bold() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }
}
