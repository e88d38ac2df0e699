/**
 * Validation of Orrery models: an EMF {@link org.eclipse.emf.ecore.EValidator} that adds the
 * domain rules (capacity, naming, addressing, topology, experiment ranges) to EMF's structural
 * checks and explains each problem in words a user can act on.
 */
package org.orrery.model.validation;
