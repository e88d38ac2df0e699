package org.orrery.experiment.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.PlanRun;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.Samples;
import org.orrery.experiment.results.ResultSeriesData;
import org.orrery.experiment.results.RunSeries;
import org.orrery.model.Experiment;
import org.orrery.model.ResultSeries;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.model.validation.OrreryValidator;
import org.orrery.telemetry.TelemetryStore;

/** A run's series go back into the model's experiment, bound to the model's objects, and survive a save. */
class ResultSeriesWriterTest {

    @TempDir
    Path dir;

    @Test
    void seriesAreWrittenIntoTheExperimentAndAReRunReplacesThem() throws Exception {
        World world = Samples.load(Samples.MIGRATION_EXERCISE, dir);
        Experiment experiment = Samples.experiment(world, "ex-precopy");
        ModelBridge.Bridged bridged = ModelBridge.bridge(experiment);
        TelemetryStore store = new TelemetryStore();
        PlanRun.prepare(bridged.plan(), store).run(RunMonitor.NONE);
        List<ResultSeriesData> series = RunSeries.of(store);

        // 4 metrics for web, db, cache; VM counts of 3 hosts; bandwidth of 4 links
        assertEquals(4 * 3 + 3 + 4, series.size());
        assertEquals(series.size(), ResultSeriesWriter.write(experiment, series, bridged.subjects()));
        ResultSeries downtime = experiment.getResults().stream()
                .filter(r -> r.getMetric().equals(RunSeries.DOWNTIME) && r.getSubject().getName().equals("web"))
                .findFirst().orElseThrow();
        assertSame(world.getClouds().get(0).getVirtualMachines().get(0), downtime.getSubject());
        assertEquals("s", downtime.getUnit());
        assertEquals(2, downtime.getTimes().size(), "web migrated twice");
        assertEquals(0.282, downtime.getValues().get(0), 0.001);
        ResultSeries bandwidth = experiment.getResults().stream()
                .filter(r -> r.getMetric().equals(RunSeries.LINK_BANDWIDTH) && r.getSubject().getName().equals("campus link"))
                .findFirst().orElseThrow();
        assertEquals(List.of(1000.0, 100.0), bandwidth.getValues());
        assertEquals(List.of(0.0, 200.0), bandwidth.getTimes());

        ResultSeriesWriter.write(experiment, series, bridged.subjects());
        assertEquals(series.size(), experiment.getResults().size(), "a second run replaces, never duplicates");
        Diagnostic valid = OrreryValidator.diagnose(world);
        assertEquals(Diagnostic.OK, valid.getSeverity(), valid.getChildren().toString());

        Path saved = dir.resolve("with-results.orrery");
        OrreryResources.save(world, saved);
        Experiment reloaded = Samples.experiment(OrreryResources.load(saved), "ex-precopy");
        assertEquals(series.size(), reloaded.getResults().size());
        store.close();
    }
}
