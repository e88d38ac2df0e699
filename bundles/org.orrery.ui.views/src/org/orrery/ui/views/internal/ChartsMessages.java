package org.orrery.ui.views.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the Charts view (charts.properties). */
final class ChartsMessages extends NLS {
    public static String noRun;
    public static String pick;
    public static String series;
    public static String exportPng;
    public static String exportSvg;
    public static String exportCsv;
    public static String saved;
    public static String saveFailed;
    public static String drawFailed;
    public static String status;
    public static String statusZoomed;
    public static String seriesItem;

    static {
        NLS.initializeMessages(ChartsMessages.class.getPackageName() + ".charts", ChartsMessages.class);
    }

    private ChartsMessages() {
    }
}
