package org.orrery.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** JFace labels and icons from EMF item providers. */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return labels != null ? labels.getText(element) : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return labels != null ? ItemImages.image(labels.getImage(element)) : null;
    }
}
