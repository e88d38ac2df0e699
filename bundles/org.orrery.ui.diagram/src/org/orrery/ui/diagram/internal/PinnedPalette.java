package org.orrery.ui.diagram.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the flyout palette sits and whether it is open, remembered per workspace. It starts
 * pinned open: GEF's default (collapsed to a thin strip) hides the tools a first-time user looks for.
 */
final class PinnedPalette implements FlyoutPaletteComposite.FlyoutPreferences {

    private static final String STATE = "palette.state";
    private static final String DOCK = "palette.dock";
    private static final String WIDTH = "palette.width";

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.orrery.ui.diagram");

    @Override
    public int getDockLocation() {
        return preferences.getInt(DOCK, PositionConstants.EAST);
    }

    @Override
    public int getPaletteState() {
        return preferences.getInt(STATE, FlyoutPaletteComposite.STATE_PINNED_OPEN);
    }

    @Override
    public int getPaletteWidth() {
        return preferences.getInt(WIDTH, 180);
    }

    @Override
    public void setDockLocation(int location) {
        put(DOCK, location);
    }

    @Override
    public void setPaletteState(int state) {
        put(STATE, state);
    }

    @Override
    public void setPaletteWidth(int width) {
        put(WIDTH, width);
    }

    private void put(String key, int value) {
        preferences.putInt(key, value);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Only a preference of the palette's look: the next start uses the default.
        }
    }
}
