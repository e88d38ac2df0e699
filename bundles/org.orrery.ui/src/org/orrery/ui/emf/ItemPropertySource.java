package org.orrery.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * A property sheet page's view of a model object, from its item provider's property descriptors.
 * Objects of a model opened in an editor (their resource set belongs to an editing domain) are
 * editable, and each edit is one command on that editor's stack, so Edit &gt; Undo takes it back;
 * objects shown elsewhere (the explorer) are read-only.
 */
public final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final boolean editable;

    public ItemPropertySource(Object object, AdapterFactory adapterFactory) {
        this.object = object;
        this.itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        this.editable = object instanceof EObject e && AdapterFactoryEditingDomain.getEditingDomainFor(e) != null;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        if (itemSource == null) {
            return new IPropertyDescriptor[0];
        }
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : itemSource.getPropertyDescriptors(object)) {
            out.add(new ItemPropertyDescriptorAdapter(object, d, editable));
        }
        return out.toArray(new IPropertyDescriptor[0]);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource == null ? null : itemSource.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d == null ? null : unwrap(d.getPropertyValue(object));
    }

    /** The value itself, not EMF's wrapper around it (the cell editors and labels take values). */
    static Object unwrap(Object value) {
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(null) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        if (editable && d != null) {
            d.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = descriptor(id);
        if (editable && d != null && d.canSetProperty(object)) {
            // ItemPropertyDescriptor executes a SetCommand on the object's editing domain stack.
            d.setPropertyValue(object, value);
        }
    }

    /** The values a reference or enumeration property can take, as the item provider offers them. */
    static List<Object> choices(IItemPropertyDescriptor d, Object object) {
        Collection<?> values = d.getChoiceOfValues(object);
        return values == null ? List.of() : new ArrayList<>(values);
    }
}
