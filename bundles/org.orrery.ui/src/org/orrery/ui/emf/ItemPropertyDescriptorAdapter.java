package org.orrery.ui.emf;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One EMF property descriptor as the property sheet wants it: name, category, description,
 * labels from the item provider, and a cell editor that speaks the feature's type (text parsed
 * by the data type, or a choice among enum literals, booleans and references).
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final boolean editable;

    ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, boolean editable) {
        this.object = object;
        this.descriptor = descriptor;
        this.editable = editable;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!editable || !descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        if (feature instanceof EAttribute attribute && !(attribute.getEAttributeType() instanceof EEnum)
                && !isBoolean(attribute.getEAttributeType())) {
            return new DataTypeCellEditor(parent, attribute.getEAttributeType());
        }
        List<Object> choices = ItemPropertySource.choices(descriptor, object);
        if (choices.isEmpty() && feature instanceof EAttribute a && isBoolean(a.getEAttributeType())) {
            choices = List.of(Boolean.TRUE, Boolean.FALSE);
        }
        return choices.isEmpty() ? null : new ChoiceCellEditor(parent, choices, getLabelProvider());
    }

    private static boolean isBoolean(EDataType type) {
        return type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                Object v = ItemPropertySource.unwrap(value);
                return v == null ? "" : labels.getText(v);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object value) {
                Object v = ItemPropertySource.unwrap(value);
                return v == null ? null : ItemImages.image(labels.getImage(v));
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** The feature this descriptor edits; for tests. */
    EStructuralFeature feature() {
        return descriptor.getFeature(object) instanceof EStructuralFeature f ? f : null;
    }

    /** Text in, value of the data type out; says what was wrong when the text does not parse. */
    private static final class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;

        DataTypeCellEditor(Composite parent, EDataType type) {
            super(parent, SWT.SINGLE);
            this.type = type;
            setValidator(value -> {
                try {
                    EcoreUtil.createFromString(type, (String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + type.getName();
                }
            });
        }

        @Override
        protected Object doGetValue() {
            return EcoreUtil.createFromString(type, (String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }

    /** A drop-down of the allowed values, shown with the item provider's labels. */
    private static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> choices;

        ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
            super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
            this.choices = choices;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index < 0 ? null : choices.get(index);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, choices.indexOf(ItemPropertySource.unwrap(value))));
        }
    }
}
