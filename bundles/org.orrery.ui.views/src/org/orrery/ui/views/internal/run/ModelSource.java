package org.orrery.ui.views.internal.run;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.orrery.experiment.bridge.BridgeException;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.bridge.PhoneBridge;
import org.orrery.model.Experiment;
import org.orrery.model.World;
import org.orrery.model.persistence.ModelFileException;
import org.orrery.model.persistence.OrreryResources;
import org.osgi.framework.Bundle;

/**
 * Where Run Control finds what to run: model files (the shipped samples, the open editor, any path)
 * and their experiments, and the step from an experiment to a plan the simulator can run. No
 * widgets here; every problem comes back as a sentence for the view to show.
 */
final class ModelSource {

    /** A problem with the chosen file or experiment, in words a user understands. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    private static final String MODEL_BUNDLE = "org.orrery.model";

    private ModelSource() {
    }

    /** The shipped samples, label to file, in name order; empty outside OSGi. */
    static Map<String, Path> samples() {
        Map<String, Path> result = new LinkedHashMap<>();
        Bundle bundle = Platform.getBundle(MODEL_BUNDLE);
        Enumeration<String> entries = bundle == null ? null : bundle.getEntryPaths("samples/");
        if (entries == null) {
            return result;
        }
        List<String> names = new ArrayList<>(Collections.list(entries));
        Collections.sort(names);
        for (String entry : names) {
            if (!entry.endsWith("." + OrreryResources.FILE_EXTENSION)) {
                continue;
            }
            try {
                // A packed bundle's entry is extracted once to the configuration area.
                URL url = FileLocator.toFileURL(bundle.getEntry(entry));
                Path file = Path.of(url.getPath());
                result.put(NLS.bind(Messages.RunControl_sample, file.getFileName()), file);
            } catch (IOException | RuntimeException e) {
                // a sample that cannot be extracted is left out of the list, the others stay
            }
        }
        return result;
    }

    /** The experiments of {@code file}, in file order. */
    static List<Experiment> experiments(Path file) throws Problem {
        if (file == null) {
            throw new Problem(Messages.RunControl_noModel);
        }
        if (!Files.isRegularFile(file)) {
            throw new Problem(NLS.bind(Messages.RunControl_missingModel, file));
        }
        World world;
        try {
            world = OrreryResources.load(file);
        } catch (ModelFileException e) {
            ModelFileException.Problem first = e.getProblems().get(0);
            throw new Problem(NLS.bind(Messages.RunControl_badModel, file.getFileName(), first));
        } catch (IOException | RuntimeException e) {
            throw new Problem(NLS.bind(Messages.RunControl_badModel, file.getFileName(), e.getMessage()));
        }
        if (world.getExperiments().isEmpty()) {
            throw new Problem(NLS.bind(Messages.RunControl_noExperiment, file.getFileName()));
        }
        return List.copyOf(world.getExperiments());
    }

    /** How an experiment is listed: its name, and its id when it has one. */
    static String label(Experiment experiment) {
        String name = experiment.getName() == null ? "" : experiment.getName();
        return experiment.getId() == null || experiment.getId().isBlank() ? name
                : name + " (" + experiment.getId() + ")";
    }

    /** The plan of {@code experiment} for the simulator, or why it cannot run there. */
    static ModelBridge.Bridged bridge(Experiment experiment) throws Problem {
        return bridge(experiment, Map.of());
    }

    /** The plan of {@code experiment} with its phones' parameters set over the model's, or why it cannot run. */
    static ModelBridge.Bridged bridge(Experiment experiment, Map<String, Double> phoneOverrides) throws Problem {
        try {
            return ModelBridge.bridge(experiment, phoneOverrides);
        } catch (BridgeException e) {
            throw new Problem(NLS.bind(Messages.RunControl_cannotRun, String.join("; ", e.problems())));
        }
    }

    /** Whether {@code experiment} runs the phone simulation (its phones' parameters can be set). */
    static boolean isPhoneExperiment(Experiment experiment) {
        World world = experiment.getModel() != null ? experiment.getModel()
                : experiment.eContainer() instanceof World w ? w : null;
        return world != null && PhoneBridge.isPhoneExperiment(experiment, world);
    }
}
