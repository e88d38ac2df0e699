package org.orrery.ui.internal.application;

import org.eclipse.osgi.util.NLS;

/** Strings of the application's menus and file actions (messages.properties). */
final class Messages extends NLS {
    public static String Menu_file;
    public static String Menu_new;
    public static String Menu_recent;
    public static String Menu_edit;
    public static String Menu_run;
    public static String Menu_window;
    public static String Menu_openPerspective;
    public static String Menu_showView;
    public static String Menu_help;
    public static String NewProject_title;
    public static String NewProject_description;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
