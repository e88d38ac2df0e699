package org.orrery.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.orrery.ui.OrreryUi;

/** Puts the documented defaults of {@link OrreryPreferences} in the default scope. */
public final class OrreryPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(OrreryUi.PLUGIN_ID);
        node.putInt(OrreryPreferences.DEFAULT_SEED, OrreryPreferences.DEFAULT_SEED_VALUE);
        node.put(OrreryPreferences.DEFAULT_LIBVIRT_URI, OrreryPreferences.DEFAULT_LIBVIRT_URI_VALUE);
        node.putInt(OrreryPreferences.VIEW_REFRESH_MS, OrreryPreferences.VIEW_REFRESH_MS_VALUE);
        node.put(OrreryPreferences.SIMULATION_SPEED, OrreryPreferences.SIMULATION_SPEED_VALUE);
    }
}
