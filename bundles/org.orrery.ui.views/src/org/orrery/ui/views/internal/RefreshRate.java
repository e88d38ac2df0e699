package org.orrery.ui.views.internal;

import org.eclipse.core.runtime.Platform;

/** The live views' polling period, from Window &gt; Preferences &gt; Orrery. */
public final class RefreshRate {

    private RefreshRate() {
    }

    public static int millis() {
        int ms = Platform.getPreferencesService().getInt("org.orrery.ui", "viewRefreshMs", 100, null);
        return Math.max(20, Math.min(5000, ms));
    }
}
