package org.orrery.ui.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the deployment diagram editor (messages.properties). */
final class Messages extends NLS {
    public static String Editor_notAFile;
    public static String Editor_unreadable;
    public static String Editor_unreadableTitle;
    public static String Editor_saveTitle;
    public static String Editor_saveFailed;
    public static String Editor_changedTitle;
    public static String Editor_changedOnDisk;
    public static String Notice_noLayout;
    public static String Notice_staleLayout;
    public static String Notice_dismiss;
    public static String Palette_tools;
    public static String Palette_infrastructure;
    public static String Palette_virtualization;
    public static String Palette_networks;
    public static String Palette_mobile;
    public static String Palette_connections;
    public static String Samples_project;
    public static String Samples_failed;
    public static String Samples_title;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
