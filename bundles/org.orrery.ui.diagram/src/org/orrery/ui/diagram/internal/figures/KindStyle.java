package org.orrery.ui.diagram.internal.figures;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.orrery.ui.diagram.internal.structure.NodeKind;

/**
 * One colour pair per element kind, the same everywhere the kind is drawn, so a reader learns
 * "blue is a cloud, green a site" once. Kinds of one family share a hue: a substrate is a paler
 * pool, a phone instance a paler phone; a clone is a VM (amber fill) of a phone (phone outline).
 * SWT colours need no disposal.
 */
public record KindStyle(Color fill, Color line) {

    private static final Map<NodeKind, KindStyle> STYLES = new EnumMap<>(NodeKind.class);

    static {
        put(NodeKind.FEDERATION, rgb(240, 238, 252), rgb(94, 84, 170));
        put(NodeKind.CLOUD, rgb(228, 238, 252), rgb(61, 111, 182));
        put(NodeKind.SITE, rgb(232, 246, 236), rgb(46, 158, 91));
        put(NodeKind.HOST, rgb(244, 244, 246), rgb(90, 96, 110));
        put(NodeKind.ROUTER, rgb(226, 232, 240), rgb(64, 84, 110));
        put(NodeKind.DATASTORE, rgb(241, 244, 230), rgb(118, 130, 60));
        put(NodeKind.VIRTUAL_MACHINE, rgb(255, 246, 214), rgb(196, 140, 20));
        put(NodeKind.SUBSTRATE_POOL, rgb(243, 234, 252), rgb(128, 80, 170));
        put(NodeKind.SUBSTRATE, rgb(250, 245, 255), rgb(150, 110, 190));
        put(NodeKind.OVERLAY, rgb(230, 247, 249), rgb(30, 140, 160));
        put(NodeKind.SWITCH_DAEMON, rgb(242, 251, 252), rgb(40, 150, 170));
        put(NodeKind.OVERLAY_ROUTER, rgb(242, 251, 252), rgb(40, 150, 170));
        put(NodeKind.PHONE, rgb(253, 236, 230), rgb(214, 90, 60));
        put(NodeKind.PHONE_INSTANCE, rgb(255, 245, 241), rgb(214, 110, 80));
        put(NodeKind.CLONE, rgb(255, 246, 214), rgb(214, 90, 60));
    }

    /** The background of the diagram. */
    public static final Color CANVAS = rgb(252, 252, 253);
    /** Errors and warnings, as outlines and line colours. */
    public static final Color ERROR = rgb(204, 30, 30);
    public static final Color WARNING = rgb(224, 150, 0);
    /** Texts: names, then summaries. */
    public static final Color TEXT = rgb(20, 22, 26);
    public static final Color SUBTLE_TEXT = rgb(88, 92, 100);
    /** CPU cells: a host's pCPUs, a VM's vCPUs. */
    public static final Color PCPU = rgb(70, 96, 140);
    public static final Color VCPU = rgb(230, 170, 40);

    public static KindStyle of(NodeKind kind) {
        return STYLES.get(kind);
    }

    private static void put(NodeKind kind, Color fill, Color line) {
        STYLES.put(kind, new KindStyle(fill, line));
    }

    private static Color rgb(int r, int g, int b) {
        return new Color(r, g, b);
    }
}
