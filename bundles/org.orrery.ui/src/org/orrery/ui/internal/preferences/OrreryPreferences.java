package org.orrery.ui.internal.preferences;

/** Keys and defaults of the Orrery preference page (node {@code org.orrery.ui}). */
public final class OrreryPreferences {

    /** Seed of a new simulation run unless the experiment names one. */
    public static final String DEFAULT_SEED = "defaultSeed";
    public static final int DEFAULT_SEED_VALUE = 42;
    /** Hypervisor URI for hosts whose model gives none: libvirt's embedded test driver. */
    public static final String DEFAULT_LIBVIRT_URI = "defaultLibvirtUri";
    public static final String DEFAULT_LIBVIRT_URI_VALUE = "test:///default";
    /** How often live views query the telemetry store, in milliseconds. */
    public static final String VIEW_REFRESH_MS = "viewRefreshMs";
    public static final int VIEW_REFRESH_MS_VALUE = 100;
    /** Speed factor of a paced simulation (1 = real time). */
    public static final String SIMULATION_SPEED = "simulationSpeed";
    public static final String SIMULATION_SPEED_VALUE = "1.0";

    private OrreryPreferences() {
    }
}
