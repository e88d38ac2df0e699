package org.orrery.ui.diagram.internal.live;

import org.eclipse.osgi.util.NLS;

/** Strings of the diagram while a run is watched (messages.properties). */
final class Messages extends NLS {
    public static String Migrate_label;
    public static String Migrate_title;
    public static String Migrate_notInWorkspace;
    public static String Migrate_noId;
    public static String Migrate_saveFirst;
    public static String Migrate_noLab;
    public static String Migrate_failed;
    public static String Overlay_legend;
    public static String Overlay_idle;
    public static String Overlay_busy;
    public static String Overlay_progress;
    public static String Overlay_done;
    public static String Overlay_failed;
    public static String Overlay_migrating;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
