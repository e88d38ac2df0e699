package org.orrery.experiment.app;

import org.eclipse.osgi.util.NLS;

/** What the headless run tells its user (messages.properties). */
final class Messages extends NLS {
    public static String Usage;
    public static String BadInput;
    public static String Failed;
    public static String Done;
    public static String Arg_unknown;
    public static String Arg_twice;
    public static String Arg_missingValue;
    public static String Arg_outRequired;
    public static String Arg_badSeed;
    public static String Arg_badDuration;
    public static String Out_notDirectory;
    public static String Out_notEmpty;
    public static String Out_cannotCreate;
    public static String Out_notWritable;
    public static String Write_failed;
    public static String Run_cancelled;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
