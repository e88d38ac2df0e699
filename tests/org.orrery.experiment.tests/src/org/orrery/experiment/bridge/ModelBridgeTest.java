package org.orrery.experiment.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.Samples;
import org.orrery.experiment.plan.PlanLink;
import org.orrery.experiment.plan.PlanStep;
import org.orrery.experiment.plan.PlanVm;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.model.Engine;
import org.orrery.model.Experiment;
import org.orrery.model.OrreryFactory;
import org.orrery.model.Parameter;
import org.orrery.model.World;
import org.orrery.sim.migration.PreCopyMigration;
import org.orrery.sim.migration.ShrinkerMigration;
import org.orrery.sim.migration.StopAndCopyMigration;
import org.orrery.sim.param.ParameterInfo;
import org.orrery.telemetry.LifecycleState;

/** A model's experiment becomes plain simulator objects, in the simulator's units; what cannot run is named. */
class ModelBridgeTest {

    private static final long MIB = 1L << 20;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void theMigrationExerciseMapsToHostsLinksVmsStepsAndPolicy() throws Exception {
        World world = Samples.load(Samples.MIGRATION_EXERCISE, dir);
        ModelBridge.Bridged bridged = ModelBridge.bridge(Samples.experiment(world, "ex-precopy"));
        RunPlan plan = bridged.plan();
        assertEquals("Pre-copy", plan.name());
        assertEquals(7, plan.seed());
        assertEquals(420 * SECOND, plan.duration());
        assertEquals(List.of(), bridged.notes());

        assertEquals(List.of("host/a1", "host/a2", "host/b1"), plan.hosts().stream().map(h -> h.subject()).toList());
        assertEquals(16_384 * MIB, plan.hosts().get(0).memoryBytes());
        PlanLink campus = plan.links().get(3);
        assertEquals(new PlanLink("link/campus-link", "router/gw-a", "router/gw-b", 125e6, 500_000), campus);

        PlanVm web = plan.vms().get(0);
        // the profile's intra-VM duplicate share is the model's default, 3%
        assertEquals(new PlanVm("vm/web", "host/a1", 1024 * MIB, 512 * MIB, 2000 * 4096.0, 64 * MIB, 0.03, 0,
                LifecycleState.RUNNING), web);
        PlanVm batch = plan.vms().get(3);
        assertEquals(LifecycleState.SHUT_OFF, batch.state());
        assertEquals(batch.memoryBytes(), batch.usedBytes(), "no memory profile: all memory is in use");

        List<PlanStep> steps = plan.steps();
        assertEquals(8, steps.size());
        assertEquals(new PlanStep.Migrate(30 * SECOND, "web to room B", List.of("vm/web"), List.of("host/b1")),
                steps.get(0));
        assertEquals(new PlanStep.Lifecycle(100 * SECOND, "suspend cache", List.of("vm/cache"),
                LifecycleState.PAUSED), steps.get(2));
        assertEquals(List.of("host/b1"), ((PlanStep.Migrate) steps.get(3)).destinations(),
                "a site as destination: its hosts in turn");
        assertEquals(new PlanStep.SetLink(200 * SECOND, "slow campus link", "link/campus-link", 12.5e6, -1),
                steps.get(6));

        assertEquals("precopy-qemu", plan.migration().implementation());
        assertEquals(300_000_000L, parameter(plan, "maxDowntime").value(), "300 ms in the simulator's ns");
        assertEquals(30, parameter(plan, "maxRounds").value());
        assertEquals(Double.POSITIVE_INFINITY, parameter(plan, "bandwidthLimit").value(), "the default");
        assertTrue(parameter(plan, "setupTime").assumption(), "the simulator's assumptions travel along");
        PreCopyMigration algorithm = (PreCopyMigration) plan.migration().algorithm().get();
        assertEquals(30, algorithm.parameters().maxRounds());
        assertSame(world.getClouds().get(0).getVirtualMachines().get(0), bridged.subjects().get("vm/web"));

        RunPlan stopAndCopy = ModelBridge.bridge(Samples.experiment(world, "ex-stopcopy")).plan();
        assertTrue(stopAndCopy.migration().algorithm().get() instanceof StopAndCopyMigration);
    }

    @Test
    void whatTheSimulatorDoesNotModelYetIsNotedByName() throws Exception {
        World lab = Samples.load("teaching-lab.orrery", dir);
        ModelBridge.Bridged bridged = ModelBridge.bridge(Samples.experiment(lab, "ex-migrate"));
        assertEquals(List.of("scenario step \"start heat diffusion\" (submitJob) is not simulated yet: ignored",
                "policy choice \"first fit\" (placement first-fit) is not simulated yet: ignored").stream().sorted().toList(),
                bridged.notes().stream().sorted().toList());
        assertEquals(125e6, parameter(bridged.plan(), "bandwidthLimit").value(),
                "the policy's bandwidth: an alias, MB/s to B/s");
        assertEquals(1, bridged.plan().steps().size());
    }

    @Test
    void aClusterMigrationToASiteSpreadsTheVmsOverItsHosts() throws Exception {
        World shrinker = Samples.load("shrinker-wan-migration.orrery", dir);
        RunPlan baseline = ModelBridge.bridge(Samples.experiment(shrinker, "ex-baseline")).plan();
        PlanStep.Migrate cluster = (PlanStep.Migrate) baseline.steps().stream()
                .filter(PlanStep.Migrate.class::isInstance).findFirst().orElseThrow();
        assertEquals(16, cluster.vms().size());
        assertEquals(List.of("host/dst1", "host/dst2", "host/dst3", "host/dst4", "host/redis-index", "host/dst1"),
                cluster.destinations().subList(0, 6));
        assertEquals(80 * MIB, baseline.vms().get(0).usedBytes(), "used memory of the profile");
        assertEquals(Math.round(52.7 * MIB), baseline.vms().get(0).sharedBytes());
        PlanStep.SetLink wan = (PlanStep.SetLink) baseline.steps().get(0);
        assertEquals(100e6 / 8, wan.bytesPerSecond(), 1e-6);

        RunPlan withShrinker = ModelBridge.bridge(Samples.experiment(shrinker, "ex-shrinker")).plan();
        assertEquals("shrinker", withShrinker.migration().implementation());
        assertEquals(4096, parameter(withShrinker, "chunkSize").value());
        assertEquals(100_000L, parameter(withShrinker, "serviceRoundTrip").value(), "redisRtt 0.1 ms, in ns");
        assertTrue(withShrinker.migration().algorithm().get() instanceof ShrinkerMigration);
    }

    @Test
    void problemsInTheExperimentAreRefusedEachNamingItsElement() throws Exception {
        World world = Samples.load(Samples.MIGRATION_EXERCISE, dir);
        Experiment ex = Samples.experiment(world, "ex-precopy");
        List<Parameter> policy = ex.getPolicies().get(0).getParameters();
        policy.get(0).setUnit("parsecs");
        policy.get(1).setValue(0);
        policy.get(1).setMinimum(null);
        policy.add(parameter("maxDowntime2", 1, "s"));
        policy.add(parameter("bandwidth", 10, null));
        policy.add(parameter("nonConvergenceRounds", 3, "pages"));
        ex.getSteps().get(0).setDestination(null);
        ex.getSteps().get(1).getTargets().set(0, world.getClouds().get(0).getSites().get(0).getHosts().get(0));
        ex.getSteps().get(6).getParameters().add(parameter("colour", 3, null));

        BridgeException e = assertThrows(BridgeException.class, () -> ModelBridge.bridge(ex));
        List<String> problems = e.problems();
        assertEquals(8, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("parameter \"maxDowntime\" of policy choice \"QEMU pre-copy\": unit 'parsecs'"
                + " is not a time unit; use one of: ns, "), problems.get(0));
        assertTrue(problems.get(1).startsWith("parameter \"maxRounds\" of policy choice \"QEMU pre-copy\": the simulator"
                + " refuses it: "), problems.get(1));
        assertTrue(problems.get(2).startsWith("parameter \"maxDowntime2\" of policy choice \"QEMU pre-copy\": precopy-qemu"
                + " takes no parameter 'maxDowntime2'; it takes: maxDowntime, bandwidthLimit, "), problems.get(2));
        assertTrue(problems.get(3).startsWith("parameter \"bandwidth\" of policy choice \"QEMU pre-copy\" needs a unit: one"
                + " of bit/s, B/s, Kbit/s, Kbps, KB/s,"), problems.get(3));
        assertEquals("parameter \"nonConvergenceRounds\" of policy choice \"QEMU pre-copy\": unit 'pages' is not a number unit;"
                + " use one of: none, rounds", problems.get(4));
        assertEquals(List.of("scenario step \"web to room B\" migrates VMs but names no destination: give a host or a site",
                "scenario step \"db to a2\" migrates host \"a1\", which is neither a virtual machine nor an overlay network (a whole VIOLIN)",
                "scenario step \"slow campus link\": a link's bandwidth or latency can be set, not 'colour'"),
                problems.subList(5, 8));
    }

    @Test
    void anInvalidModelOrALibvirtExperimentIsRefused() throws Exception {
        World world = Samples.load(Samples.MIGRATION_EXERCISE, dir);
        Experiment ex = Samples.experiment(world, "ex-precopy");
        ex.setEngine(Engine.LIBVIRT);
        world.getClouds().get(0).getVirtualMachines().get(0).setMemoryMB(64 * 1024);
        BridgeException e = assertThrows(BridgeException.class, () -> ModelBridge.bridge(ex));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertEquals("experiment \"Pre-copy\" runs on libvirt; headless runs drive the simulator: set its engine to"
                + " simulator", e.problems().get(0));
        assertTrue(e.problems().get(1).contains("\"a1\""), "the validator names the host: " + e.problems());
        assertNull(ex.getModel(), "the experiment's world is its container");
    }

    private static ParameterInfo parameter(RunPlan plan, String name) {
        return plan.migration().parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Parameter parameter(String name, double value, String unit) {
        Parameter p = OrreryFactory.eINSTANCE.createParameter();
        p.setName(name);
        p.setValue(value);
        p.setUnit(unit);
        return p;
    }
}
