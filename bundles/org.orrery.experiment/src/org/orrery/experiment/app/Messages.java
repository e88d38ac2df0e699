package org.orrery.experiment.app;

import org.eclipse.osgi.util.NLS;

/** What the headless run tells its user (messages.properties). */
final class Messages extends NLS {
    public static String Usage;
    public static String BadInput;
    public static String BadModel;
    public static String Failed;
    public static String Note;
    public static String Progress;
    public static String Done;
    public static String SchedProgress;
    public static String SchedDone;
    public static String PhoneDone;
    public static String Arg_unknown;
    public static String Arg_twice;
    public static String Arg_missingValue;
    public static String Arg_modelRequired;
    public static String Arg_twoModels;
    public static String Arg_badSeed;
    public static String Arg_badDuration;
    public static String Arg_badSet;
    public static String Model_missing;
    public static String Model_unreadable;
    public static String Model_malformed;
    public static String Model_malformedMore;
    public static String Model_noPosition;
    public static String Experiment_none;
    public static String Experiment_choose;
    public static String Experiment_unknown;
    public static String Bridge_problem;
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
