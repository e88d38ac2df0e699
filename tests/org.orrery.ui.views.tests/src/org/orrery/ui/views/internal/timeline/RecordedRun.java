package org.orrery.ui.views.internal.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.orrery.experiment.PlanResult;
import org.orrery.experiment.PlanRun;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.model.Experiment;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.io.TraceFile;
import org.orrery.telemetry.io.TraceRecorder;

/**
 * A sample experiment of the model bundle run on the simulator into a store, recorded while it ran
 * by the telemetry recorder (drained between the slices the simulation advances in), as the
 * workbench records a run.
 *
 * @param store  the run's telemetry
 * @param result how the run ended
 * @param trace  the recording
 */
record RecordedRun(TelemetryStore store, PlanResult result, Path trace) {

    /** The plan of experiment {@code experimentId} of sample {@code sample}, from a copy in {@code dir}. */
    static RunPlan plan(String sample, String experimentId, Path dir) throws IOException {
        Path copy = dir.resolve(sample);
        try (InputStream in = FileLocator.find(Platform.getBundle("org.orrery.model"),
                new org.eclipse.core.runtime.Path("samples/" + sample)).openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        World world = OrreryResources.load(copy);
        Experiment experiment = world.getExperiments().stream().filter(e -> experimentId.equals(e.getId())).findFirst()
                .orElseThrow();
        try {
            return ModelBridge.bridge(experiment).plan();
        } catch (Exception e) {
            throw new IllegalStateException("the sample's experiment does not bridge: " + e.getMessage(), e);
        }
    }

    /** Runs experiment {@code experimentId} of {@code sample} to its end and records it into {@code dir}. */
    static RecordedRun run(String sample, String experimentId, Path dir) throws IOException {
        RunPlan plan = plan(sample, experimentId, dir);
        TelemetryStore store = new TelemetryStore();
        Path trace = dir.resolve(TraceFile.FILE_NAME);
        PlanResult result;
        try (TraceRecorder recorder = new TraceRecorder(store, trace, Map.of("model", sample, "experiment",
                plan.name(), "seed", plan.seed()))) {
            result = PlanRun.prepare(plan, store).run(new RunMonitor() {
                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public void progressed(long simulatedTime, long duration) {
                    try {
                        recorder.drain();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        return new RecordedRun(store, result, trace);
    }
}
