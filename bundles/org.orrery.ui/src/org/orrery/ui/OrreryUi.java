package org.orrery.ui;

/** Ids shared between the workbench and the bundles that contribute to it. */
public final class OrreryUi {

    public static final String PLUGIN_ID = "org.orrery.ui";
    public static final String DESIGN_PERSPECTIVE_ID = "org.orrery.ui.perspective.design";
    public static final String RUN_PERSPECTIVE_ID = "org.orrery.ui.perspective.run";
    /** Project Explorer, the explorer of the Design perspective. */
    public static final String EXPLORER_VIEW_ID = "org.eclipse.ui.navigator.ProjectExplorer";
    /** Contributed by org.orrery.ui.views; placed here so the Run perspective can lay them out. */
    public static final String RUN_CONTROL_VIEW_ID = "org.orrery.ui.views.runControl";
    public static final String EVENT_LOG_VIEW_ID = "org.orrery.ui.views.eventLog";
    /** Prefix of live views (timeline, run queues, phone clones...), stacked in the Run perspective. */
    public static final String LIVE_VIEWS_PATTERN = "org.orrery.ui.views.live.*";

    private OrreryUi() {
    }
}
