package org.orrery.ui.diagram.internal.parts;

/**
 * An edit part the diagram's model listener can tell about changes; GEF's own refresh methods
 * are protected, and one listener for the whole model is cheaper than one per part.
 */
public interface ModelPart {

    /** Boxes were added to, removed from or reordered in this part's box. */
    void childrenChanged();

    /** Position, size, name or summary changed. */
    void visualsChanged();

    /** Lines starting or ending here may have changed. */
    void linesChanged();
}
