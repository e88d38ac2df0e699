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
    public static String RunControl_noRun;
    public static String RunControl_scenario;
    public static String RunControl_seed;
    public static String RunControl_duration;
    public static String RunControl_start;
    public static String RunControl_stop;
    public static String RunControl_state;
    public static String RunControl_time;
    public static String RunControl_events;
    public static String RunControl_idle;
    public static String RunControl_running;
    public static String RunControl_finished;
    public static String RunControl_cancelled;
    public static String RunControl_failed;
    public static String RunControl_badSeed;
    public static String RunControl_badDuration;
    public static String RunControl_jobName;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
