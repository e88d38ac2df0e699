package org.orrery.ui.diagram.internal.commands;

import org.eclipse.osgi.util.NLS;

/** Names of the diagram's commands, as the Edit menu shows them (messages.properties). */
final class Messages extends NLS {
    public static String Command_create;
    public static String Command_move;
    public static String Command_resize;
    public static String Command_moveInto;
    public static String Command_delete;
    public static String Command_rename;
    public static String Command_connect;
    public static String Command_reconnect;
    public static String Command_arrange;
    public static String Command_paste;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
