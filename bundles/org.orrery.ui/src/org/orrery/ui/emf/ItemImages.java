package org.orrery.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns what an item provider returns as its image (a URL, or a composed image of URLs) into an
 * SWT image, cached for the life of the display by JFace's resource manager.
 */
public final class ItemImages {

    private ItemImages() {
    }

    /** The SWT image for an item provider's image object, or {@code null} when it has none. */
    public static Image image(Object itemImage) {
        ImageDescriptor descriptor = descriptor(itemImage);
        if (descriptor == null) {
            return null;
        }
        ResourceManager resources = JFaceResources.getResources();
        return resources.create(descriptor);
    }

    static ImageDescriptor descriptor(Object itemImage) {
        if (itemImage instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (itemImage instanceof ComposedImage composed) {
            // Our providers compose no overlays; the base image is the first.
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : descriptor(images.get(0));
        }
        if (itemImage instanceof ImageDescriptor d) {
            return d;
        }
        return null;
    }
}
