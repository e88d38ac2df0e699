package org.orrery.libvirt.launch;

import java.util.Objects;

import org.orrery.libvirt.xml.DomainXmlWriter;

/**
 * How a launch runs.
 *
 * @param imagesDirectory where the hosts keep disk files ({@link DomainXmlWriter})
 * @param rollback        on failure or cancel, undo what this launch did (in reverse order);
 *                        otherwise stop and report what is left
 */
public record LaunchOptions(String imagesDirectory, boolean rollback) {

    /** Disk files under {@code /var/lib/libvirt/images}, roll back on failure. */
    public static final LaunchOptions DEFAULTS = new LaunchOptions(DomainXmlWriter.DEFAULT_IMAGES_DIRECTORY, true);

    public LaunchOptions {
        Objects.requireNonNull(imagesDirectory, "imagesDirectory");
    }

    public LaunchOptions withRollback(boolean undo) {
        return new LaunchOptions(imagesDirectory, undo);
    }
}
