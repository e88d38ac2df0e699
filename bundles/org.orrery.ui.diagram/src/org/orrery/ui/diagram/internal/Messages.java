package org.orrery.ui.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the deployment diagram (messages.properties). */
final class Messages extends NLS {
    public static String Editor_notAFile;
    public static String Editor_unreadable;
    public static String Editor_unreadableTitle;
    public static String Editor_summary;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
