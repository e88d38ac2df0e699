package org.orrery.ui.views.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the run control and event log (messages.properties). */
final class Messages extends NLS {
    public static String EventLog_filterHint;
    public static String EventLog_follow;
    public static String EventLog_time;
    public static String EventLog_kind;
    public static String EventLog_subject;
    public static String EventLog_details;
    public static String EventLog_noRun;
    public static String EventLog_count;
    public static String EventLog_allKinds;
    public static String EventLog_kindHint;
    public static String EventLog_allObjects;
    public static String EventLog_objectHint;
    public static String EventLog_from;
    public static String EventLog_to;
    public static String EventLog_seconds;
    public static String EventLog_badTime;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
