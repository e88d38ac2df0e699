package org.orrery.ui.diagram;

/** Ids of the deployment diagram editor. */
public final class OrreryDiagram {

    public static final String EDITOR_ID = "org.orrery.ui.diagram.editor";

    private OrreryDiagram() {
    }
}
