package org.orrery.ui.diagram.internal.structure;

import org.eclipse.emf.ecore.EObject;

/**
 * One line of the diagram: its kind and the model object that carries it. Equal lines (same
 * kind, same carrier) are the same line, which is how both of its ends find one edit part.
 */
public record DerivedConnection(ConnectionKind kind, EObject carrier) {
}
