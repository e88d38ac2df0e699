package org.orrery.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.orrery.model.Experiment;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The model bundle's shipped samples, for tests: copied out of the bundle, then loaded. */
public final class Samples {

    /** The migration exercise: two experiments (pre-copy, stop-and-copy) over the same moves. */
    public static final String MIGRATION_EXERCISE = "migration-exercise.orrery";
    /** VIOLIN's migrations: one 800 MB VM alone, then a whole environment of four as one cluster. */
    public static final String VIOLIN_MIGRATION = "violin-migration.orrery";

    private Samples() {
    }

    /** Copies sample {@code name} into {@code dir}; returns the copy. */
    public static Path copy(String name, Path dir) throws IOException {
        Bundle model = FrameworkUtil.getBundle(OrreryResources.class);
        URL url = model != null ? model.getEntry("samples/" + name)
                : OrreryResources.class.getClassLoader().getResource("samples/" + name);
        if (url == null) {
            throw new IOException("sample not shipped in the model bundle: " + name);
        }
        Path file = dir.resolve(name);
        try (InputStream in = url.openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Sample {@code name}, loaded from a copy in {@code dir}. */
    public static World load(String name, Path dir) throws IOException {
        return OrreryResources.load(copy(name, dir));
    }

    /** The experiment with id {@code id} of {@code world}. */
    public static Experiment experiment(World world, String id) {
        return world.getExperiments().stream().filter(e -> id.equals(e.getId())).findFirst().orElseThrow();
    }
}
