package org.orrery.ui.diagram.internal;

import org.eclipse.swt.graphics.Color;

/**
 * One colour pair per element kind, the same everywhere the kind is drawn, so a reader learns
 * "blue is a cloud, green a site" once.
 */
enum KindStyle {
    WORLD(new Color(250, 250, 252), new Color(160, 165, 180)),
    CLOUD(new Color(228, 238, 252), new Color(61, 111, 182)),
    SITE(new Color(232, 246, 236), new Color(46, 158, 91)),
    HOST(new Color(244, 244, 246), new Color(90, 96, 110)),
    VM(new Color(255, 246, 214), new Color(196, 140, 20)),
    POOL(new Color(243, 234, 252), new Color(128, 80, 170)),
    PHONE(new Color(253, 236, 230), new Color(214, 90, 60)),
    OVERLAY(new Color(230, 247, 249), new Color(30, 140, 160));

    final Color fill;
    final Color line;

    KindStyle(Color fill, Color line) {
        this.fill = fill;
        this.line = line;
    }
}
