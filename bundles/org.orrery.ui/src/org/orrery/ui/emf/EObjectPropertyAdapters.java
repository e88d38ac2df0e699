package org.orrery.ui.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts any model object to a property source, so the Properties view shows the selection of
 * the explorer, the diagram and the outline alike (registered in plugin.xml).
 */
public final class EObjectPropertyAdapters implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof EObject) {
            return adapterType.cast(new ItemPropertySource(adaptable, OrreryAdapterFactories.shared()));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
