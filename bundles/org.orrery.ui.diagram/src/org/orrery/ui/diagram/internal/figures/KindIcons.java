package org.orrery.ui.diagram.internal.figures;

import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.orrery.model.provider.OrreryEditPlugin;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.emf.ItemImages;

/**
 * The icons of the model's classes (painted by the model generator into the edit bundle), for
 * the palette and the boxes, so the diagram, the explorer and the Properties view show one icon
 * per kind. A line kind shows the icon of its carrier's class.
 */
public final class KindIcons {

    private KindIcons() {
    }

    public static Image image(NodeKind kind) {
        return ItemImages.image(url(kind.eClass().getName()));
    }

    public static ImageDescriptor descriptor(NodeKind kind) {
        return ImageDescriptor.createFromURL(url(kind.eClass().getName()));
    }

    public static ImageDescriptor descriptor(ConnectionKind kind) {
        String className = switch (kind) {
            case NETWORK_LINK -> "NetworkLink";
            case OVERLAY_MEMBERSHIP -> "NetworkInterface";
            case CLONE_OF -> "PhoneInstance";
            case ACTIVATED_FROM -> "Substrate";
            case TUNNEL -> "Tunnel";
        };
        return ImageDescriptor.createFromURL(url(className));
    }

    private static URL url(String className) {
        return (URL) OrreryEditPlugin.INSTANCE.getImage("full/obj16/" + className);
    }
}
