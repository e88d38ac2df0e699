/**
 * The deployment diagram editor of {@code .orrery} files (GEF 3.2 over the EMF model): the editor
 * part and its bars, palette, outline, notice bar, problem page and the File &gt; Open Sample menu.
 * Subpackages hold the model reading (structure), layout (notation), commands, edit parts,
 * figures, actions, validation marks and export.
 */
package org.orrery.ui.diagram.internal;
