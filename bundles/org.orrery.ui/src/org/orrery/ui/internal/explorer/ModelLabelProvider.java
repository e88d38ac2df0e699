package org.orrery.ui.internal.explorer;

import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.orrery.ui.emf.ItemLabelProvider;
import org.orrery.ui.emf.OrreryAdapterFactories;

/** Labels and icons of model objects in the explorer, and of the problem shown for unreadable files. */
public final class ModelLabelProvider extends ItemLabelProvider {

    public ModelLabelProvider() {
        super(OrreryAdapterFactories.shared());
    }

    @Override
    public String getText(Object element) {
        return element instanceof ModelFileProblem p ? p.message() : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof ModelFileProblem) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        return super.getImage(element);
    }
}
