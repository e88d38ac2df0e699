package org.orrery.ui.views.internal.timeline;

import org.eclipse.osgi.util.NLS;

/** Strings of the migration timeline (timeline.properties). */
final class TimelineMessages extends NLS {
    public static String noRun;
    public static String noMigrations;
    public static String fit;
    public static String zoomIn;
    public static String zoomOut;
    public static String hint;
    public static String status;
    public static String statusGroups;
    public static String groupLabel;
    public static String groupRounds;
    public static String groupRunning;
    public static String reading;
    public static String laneAlgorithm;
    public static String paused;
    public static String superseded;
    public static String failedTotals;
    public static String failedSent;
    public static String totalTimes;
    public static String totalRounds;
    public static String elapsed;
    public static String sentSoFar;
    public static String roundLabel;
    public static String roundNumbers;
    public static String roundShares;
    public static String roundExpected;
    public static String postCopyRound;
    public static String roundTitle;
    public static String roundTime;
    public static String roundBytes;
    public static String roundRates;
    public static String roundDowntime;
    public static String roundPages;
    public static String roundThrottle;
    public static String roundWarning;
    public static String roundAmber;
    public static String openRound;
    public static String laneTitle;
    public static String laneStart;
    public static String laneParameters;
    public static String laneSwitchover;
    public static String laneDowntime;
    public static String laneEnd;
    public static String laneFailed;
    public static String laneRunning;
    public static String downtimeMarker;
    public static String downtimeTitle;
    public static String stopAndCopy;
    public static String nonConverging;
    public static String legendSent;
    public static String legendRemaining;
    public static String legendDirty;
    public static String legendNonConverging;
    public static String legendDowntime;
    public static String legendInProgress;
    public static String legendFull;
    public static String legendDeduplicated;
    public static String legendPulled;
    public static String moreBelow;
    public static String downtimeMarkerMax;
    public static String runningRound;

    static {
        NLS.initializeMessages(TimelineMessages.class.getPackageName() + ".timeline", TimelineMessages.class);
    }

    private TimelineMessages() {
    }
}
