package org.orrery.ui.views.internal.sweep;

import org.eclipse.osgi.util.NLS;

/** Strings of the Sweep view (sweep.properties). */
final class SweepMessages extends NLS {
    public static String none;
    public static String waiting;
    public static String title;
    public static String running;
    public static String done;
    public static String cancelled;
    public static String failed;
    public static String exportPng;
    public static String exportSvg;
    public static String exportCsv;
    public static String saved;
    public static String saveFailed;
    public static String clickToPick;
    public static String columnEnergy;
    public static String columnRadio;
    public static String columnCpu;
    public static String columnOffload;
    public static String columnReturn;
    public static String columnUp;
    public static String columnDown;
    public static String columnSyncs;
    public static String columnConflicts;
    public static String columnInput;

    static {
        NLS.initializeMessages("org.orrery.ui.views.internal.sweep.sweep", SweepMessages.class);
    }

    private SweepMessages() {
    }
}
