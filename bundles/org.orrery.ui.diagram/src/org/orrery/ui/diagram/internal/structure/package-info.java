/**
 * How the deployment diagram reads the model, without any drawing: which elements are boxes and
 * where each is drawn ({@link org.orrery.ui.diagram.internal.structure.NodeKind},
 * {@link org.orrery.ui.diagram.internal.structure.DiagramStructure}), which lines join them
 * ({@link org.orrery.ui.diagram.internal.structure.ConnectionKind}), and the EMF commands that
 * create, move, connect and delete them.
 */
package org.orrery.ui.diagram.internal.structure;
