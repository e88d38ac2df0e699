/**
 * The diagram's layout (the notation model of org.orrery.model): keeping it in line with the
 * model after every change ({@link org.orrery.ui.diagram.internal.notation.NotationSync}, which
 * is also the automatic layout), the shared box geometry, and finding an element's node.
 */
package org.orrery.ui.diagram.internal.notation;
