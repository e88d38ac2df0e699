package org.orrery.model.validation;

import org.eclipse.emf.ecore.EObject;

/** One domain rule, checked on every object of type {@code T}; it reports through a {@link Report}. */
abstract class ConstraintRule<T> {

    private final Class<T> type;

    protected ConstraintRule(Class<T> type) {
        this.type = type;
    }

    final void check(EObject object, Report report) {
        if (type.isInstance(object)) {
            verify(type.cast(object), report);
        }
    }

    protected abstract void verify(T object, Report report);
}
