package org.orrery.experiment.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.Samples;
import org.orrery.experiment.SchedRun;
import org.orrery.experiment.bridge.BridgeException;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.plan.SchedPlan;
import org.orrery.model.Experiment;
import org.orrery.model.JobKind;
import org.orrery.model.World;
import org.orrery.sim.sched.experiment.DefinitionParser;
import org.orrery.sim.sched.experiment.ExperimentDefinition;
import org.orrery.sim.sched.experiment.SchedExperiment;
import org.orrery.telemetry.io.Json;

/**
 * {@code orrery run} on the SBCO sample: an experiment with a scheduler policy runs the run-queue
 * simulation under that policy, with the model's jobs as workloads, and writes its measurements.
 */
class SchedRunCommandTest {

    private static final String SAMPLE = "sbco-kernbench.orrery";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theSbcoExperimentRunsUnderItsPolicyAndWritesItsMeasurements() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        Path results = dir.resolve("results");
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-sbco", "--out", results.toString()),
                err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Ran run-queue experiment \"Kernbench with 3 SuperPI: SBCO\" of sbco-kernbench.orrery"
                + " under SBCO: 5 run(s) from seed 1;"), said);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ex-sbco [] SBCO run 5: completion"), "progress per run");

        List<String> runs = Files.readAllLines(results.resolve("ex-sbco-runs.csv"));
        assertEquals(6, runs.size(), "a header and the experiment's 5 repetitions");
        assertTrue(runs.get(0).contains(",kernbench.completion_s,") && runs.get(0).contains(",stacking_probability,")
                && runs.get(0).contains(",context_switches,") && runs.get(0).contains(",spin_wasted_s,")
                && runs.get(0).contains(",tvm_rsd,"), runs.get(0));
        assertTrue(Files.isRegularFile(results.resolve("ex-sbco-summary.csv")));

        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) Json.parse(Files.readString(results.resolve("summary.json")));
        assertEquals(SchedRun.FORMAT, summary.get("format"));
        @SuppressWarnings("unchecked")
        Map<String, Object> policy = (Map<String, Object>) summary.get("policy");
        assertEquals("SBCO", policy.get("simulated"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> metrics = (Map<String, Map<String, Object>>) summary.get("metrics");
        for (String metric : List.of("completion_s", "kernbench.completion_s", "stacking_probability",
                "context_switches", "spin_wasted_s", "tvm_rsd", "lag_1s_ms")) {
            assertTrue(metrics.containsKey(metric), metric + " in " + metrics.keySet());
        }
        double stacking = ((Number) metrics.get("stacking_probability").get("mean")).doubleValue();
        assertTrue(stacking >= 0 && stacking <= 1, "a probability: " + stacking);
        // Kernbench alone on four dedicated pCPUs takes about 40 s by the workload's calibration
        // (WorkloadCatalog); the three one-thread SuperPI VMs leave it room: within 10% of that
        double completion = ((Number) metrics.get("kernbench.completion_s").get("mean")).doubleValue();
        assertEquals(40, completion, 4);
        String text = Files.readString(results.resolve("summary.txt"));
        System.out.print(text);
        assertTrue(text.contains("Scheduler policy: SBCO (sbco, simulated as SBCO)"), text);
        assertTrue(text.contains("cfs.schedLatency = 20000000 ns"), text);
        assertTrue(text.contains("vm/superpi1: superpi, 4 vCPUs, disturber"), text);
    }

    @Test
    void theSameSeedWritesTheSameFiles() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        for (String name : List.of("first", "second")) {
            assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-dft", "--quiet", "--out",
                    dir.resolve(name).toString()));
        }
        for (String file : List.of("ex-dft-runs.csv", "ex-dft-summary.csv", "summary.txt", "summary.json")) {
            assertEquals(Files.readString(dir.resolve("first").resolve(file)),
                    Files.readString(dir.resolve("second").resolve(file)), file);
        }
    }

    /**
     * The bridge builds exactly the simulator's own experiment file for this set-up
     * (experiments/sbco/kernbench-superpi.sched with 3 one-thread disturbers): same seed, same
     * numbers, to the last digit.
     */
    @Test
    void theModelsSetUpIsTheSimulatorsKernbenchExperiment() throws Exception {
        World world = Samples.load(SAMPLE, dir);
        SchedPlan plan = ModelBridge.bridge(Samples.experiment(world, "ex-dft")).sched();
        assertEquals("DFT", plan.policy());
        ExperimentDefinition file = DefinitionParser.parse(List.of("name = kernbench-superpi", "pcpus = 8",
                "policies = DFT", "runs = 1", "seed = 1", "duration = 900s", "until = finished",
                "vm kernbench = kernbench vcpus=4 measure", "vm superpi = superpi vcpus=4 count=3 threads=1"),
                "kernbench-superpi.sched");
        Map<String, Double> fromFile = SchedExperiment.run(file, line -> {
        }).get(0).metrics();
        // the file's name: the host's random stream is named after the experiment (SchedExperiment)
        SchedRun.Result fromModel = SchedRun.run(new SchedPlan(file.name(), plan.title(), plan.host(), plan.policy(),
                plan.policyLabel(), plan.implementation(), 1, 1, plan.duration(), plan.spec(), plan.parameters()),
                line -> {
                });
        assertEquals(fromFile, fromModel.runs().get(0).metrics());
    }

    @Test
    void whatTheRunQueueSimulationCannotRunIsRefusedByName() throws Exception {
        World world = Samples.load(SAMPLE, dir);
        Experiment experiment = Samples.experiment(world, "ex-sbco");
        experiment.getPolicies().get(0).setImplementation("lottery");
        world.getApplications().get(0).getJobs().get(1).setKind(JobKind.PARSEC);
        BridgeException e = org.junit.jupiter.api.Assertions.assertThrows(BridgeException.class,
                () -> ModelBridge.bridge(experiment));
        assertEquals(List.of("policy choice \"SBCO\" names scheduler policy 'lottery', which the simulator does not"
                + " have; available: cfs, dft, bal, sbco, procco, cpuco",
                "job \"superpi1\" is a parsec job, which the run-queue simulation has no workload model of; it models"
                        + " kernbench, specjbb, npb, superpi and cpuHog"), e.problems());
    }
}
