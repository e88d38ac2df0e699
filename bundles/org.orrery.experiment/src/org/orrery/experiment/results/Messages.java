package org.orrery.experiment.results;

import org.eclipse.osgi.util.NLS;

/** The words of the run summary a user reads (messages.properties). */
final class Messages extends NLS {
    public static String Summary_title;
    public static String Summary_run;
    public static String Summary_cancelled;
    public static String Summary_counts;
    public static String Summary_header;
    public static String Summary_policy;
    public static String Summary_parameter;
    public static String Summary_assumption;
    public static String Summary_none;
    public static String Summary_notes;
    public static String Outcome_completed;
    public static String Outcome_failed;
    public static String Outcome_unfinished;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
