package org.orrery.ui.diagram.internal;

import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.orrery.ui.diagram.internal.figures.KindIcons;
import org.orrery.ui.diagram.internal.parts.ExplainingConnectionTool;
import org.orrery.ui.diagram.internal.parts.ExplainingCreationTool;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.KindTexts;
import org.orrery.ui.diagram.internal.structure.NewElements;
import org.orrery.ui.diagram.internal.structure.NodeKind;

/**
 * The palette: selection and marquee, then one drawer per family of elements (every kind the
 * diagram draws, with the model's icons) and one for the lines. Element tools can be clicked
 * (then click or drag in the diagram) or dragged onto the diagram.
 */
final class PaletteFactory {

    private PaletteFactory() {
    }

    static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup(Messages.Palette_tools);
        SelectionToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(select);
        for (NodeKind.Group group : NodeKind.Group.values()) {
            PaletteDrawer drawer = drawer(switch (group) {
                case INFRASTRUCTURE -> Messages.Palette_infrastructure;
                case VIRTUALIZATION -> Messages.Palette_virtualization;
                case NETWORK -> Messages.Palette_networks;
                case MOBILE -> Messages.Palette_mobile;
            });
            for (NodeKind kind : NodeKind.values()) {
                if (kind.group() == group) {
                    drawer.add(element(kind));
                }
            }
            root.add(drawer);
        }
        PaletteDrawer lines = drawer(Messages.Palette_connections);
        for (ConnectionKind kind : ConnectionKind.values()) {
            ImageDescriptor icon = KindIcons.descriptor(kind);
            ConnectionCreationToolEntry entry = new ConnectionCreationToolEntry(KindTexts.label(kind), KindTexts.tip(kind),
                    new Factory(kind, null), icon, icon);
            entry.setToolClass(ExplainingConnectionTool.class);
            lines.add(entry);
        }
        root.add(lines);
        return root;
    }

    private static PaletteDrawer drawer(String label) {
        PaletteDrawer drawer = new PaletteDrawer(label);
        drawer.setInitialState(PaletteDrawer.INITIAL_STATE_OPEN);
        return drawer;
    }

    private static CombinedTemplateCreationEntry element(NodeKind kind) {
        ImageDescriptor icon = KindIcons.descriptor(kind);
        Factory factory = new Factory(kind, kind);
        CombinedTemplateCreationEntry entry = new CombinedTemplateCreationEntry(KindTexts.label(kind), KindTexts.tip(kind),
                factory, factory, icon, icon);
        entry.setToolClass(ExplainingCreationTool.class);
        return entry;
    }

    /** A new element of a kind (from {@link NewElements}), or the line kind itself for line tools. */
    record Factory(Object type, NodeKind element) implements CreationFactory {
        @Override
        public Object getNewObject() {
            return element == null ? type : NewElements.create(element);
        }

        @Override
        public Object getObjectType() {
            return type;
        }
    }
}
