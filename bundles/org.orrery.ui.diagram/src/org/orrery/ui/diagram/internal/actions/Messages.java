package org.orrery.ui.diagram.internal.actions;

import org.eclipse.osgi.util.NLS;

/** Labels of the diagram's actions (messages.properties). */
public final class Messages extends NLS {
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_selectAll;
    public static String Action_zoomFit;
    public static String Action_zoomFitTip;
    public static String Action_zoomActual;
    public static String Action_zoomActualTip;
    public static String Action_arrange;
    public static String Action_arrangeTip;
    public static String Action_export;
    public static String Action_exportTip;
    public static String Action_rename;
    public static String Action_showGrid;
    public static String Action_snap;
    public static String Export_title;
    public static String Export_failed;
    public static String Export_png;
    public static String Export_svg;
    public static String Menu_diagram;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
