package org.orrery.ui.emf;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.orrery.model.persistence.OrreryResources;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The item-provider adapter factory the workbench uses: Orrery's generated providers (found
 * through the EMF registry), resources, and a reflective fallback for anything else.
 */
public final class OrreryAdapterFactories {

    private static ComposedAdapterFactory shared;

    private OrreryAdapterFactories() {
    }

    /** A new factory; the caller disposes it (editors own one each). */
    public static ComposedAdapterFactory create() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /**
     * An editing domain over a fresh .orrery resource set, findable from any of its objects
     * (AdapterFactoryEditingDomain.getEditingDomainFor), which is what makes their properties
     * editable and their edits undoable on {@code stack}.
     */
    public static AdapterFactoryEditingDomain newEditingDomain(AdapterFactory factory, CommandStack stack) {
        return newEditingDomain(factory, stack, OrreryResources.newResourceSet());
    }

    /**
     * An editing domain over {@code resources}, a resource set a model was already loaded into
     * (OrreryResources.load), with the same properties as above: an editor that loads first and
     * then edits uses this one.
     */
    public static AdapterFactoryEditingDomain newEditingDomain(AdapterFactory factory, CommandStack stack,
            ResourceSet resources) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack, resources);
        resources.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }

    /** One factory for read-only views (explorer, properties of explorer items); lives with the workbench. */
    public static synchronized ComposedAdapterFactory shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }
}
