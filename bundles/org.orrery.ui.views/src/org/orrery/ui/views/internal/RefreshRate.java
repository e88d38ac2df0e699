package org.orrery.ui.views.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The live views' polling period, from Window &gt; Preferences &gt; Orrery. */
public final class RefreshRate {

    private static final String NODE = "org.orrery.ui";
    private static final String KEY = "viewRefreshMs";

    /**
     * The period read last, or -1 to read it again. Every view asks at every tick: a preference
     * lookup walks the preference tree on the UI thread, so it is read once and again only when
     * the user changes it.
     */
    private static volatile int cached = -1;
    private static boolean listening;

    private RefreshRate() {
    }

    public static int millis() {
        int ms = cached;
        if (ms < 0) {
            listen();
            ms = Math.max(20, Math.min(5000, Platform.getPreferencesService().getInt(NODE, KEY, 100, null)));
            cached = ms;
        }
        return ms;
    }

    private static synchronized void listen() {
        if (!listening) {
            InstanceScope.INSTANCE.getNode(NODE).addPreferenceChangeListener(e -> {
                if (KEY.equals(e.getKey())) {
                    cached = -1;
                }
            });
            listening = true;
        }
    }
}
