package org.orrery.model.persistence;

import org.orrery.model.World;

/**
 * Brings a model loaded from an older format up to the next format version. Steps are applied
 * in order of {@link #fromVersion()} until the model is at {@link OrreryResources#FORMAT_VERSION}.
 */
public interface FormatUpgrade {

    /** The format version this step reads; it leaves the model at {@code fromVersion() + 1}. */
    int fromVersion();

    void upgrade(World world);
}
