package org.orrery.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** Strings of the preference page (messages.properties). */
final class Messages extends NLS {
    public static String Page_description;
    public static String Page_seed;
    public static String Page_uri;
    public static String Page_uriInvalid;
    public static String Page_refresh;
    public static String Page_speed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
