package org.orrery.ui.views.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the run-queue view (runqueue.properties). */
final class RunQueueMessages extends NLS {
    public static String noRun;
    public static String noVcpus;
    public static String noEvents;
    public static String start;
    public static String stop;
    public static String openFile;
    public static String policy;
    public static String speed;
    public static String treePane;
    public static String simulated;
    public static String realHost;
    public static String stacked;
    public static String counters;
    public static String threshold;
    public static String gantt;
    public static String jobName;
    public static String demoTitle;
    public static String badFile;
    public static String treeTitle;
    public static String legend;
    public static String realLegend;
    public static String legendShort;
    public static String realLegendShort;
    public static String realHostUnnamed;
    public static String realSummary;
    public static String realVm;
    public static String realBlocked;
    public static String realRan;
    public static String realWaited;
    public static String realDelay;
    public static String realGantt;
    public static String host;

    static {
        NLS.initializeMessages(RunQueueMessages.class.getPackageName() + ".runqueue", RunQueueMessages.class);
    }

    private RunQueueMessages() {
    }
}
