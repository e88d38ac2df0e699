package org.orrery.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.plan.MigrationPolicy;
import org.orrery.experiment.plan.PlanHost;
import org.orrery.experiment.plan.PlanLink;
import org.orrery.experiment.plan.PlanStep;
import org.orrery.experiment.plan.PlanVm;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.model.World;
import org.orrery.sim.migration.PreCopyMigration;
import org.orrery.sim.migration.StopAndCopyMigration;
import org.orrery.telemetry.LifecycleState;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * The migration exercise, bridged and run: each migration behaves as the model's numbers say
 * (tolerances in the assertions), the run is the same for the same seed, and pacing does not
 * change it.
 */
class PlanRunTest {

    private static final double SECOND = 1e9;
    private static final double GBE = 125e6;
    private static final double MIB = 1 << 20;

    @TempDir
    Path dir;

    private RunPlan plan;

    @BeforeEach
    void bridge() throws Exception {
        World world = Samples.load(Samples.MIGRATION_EXERCISE, dir);
        plan = ModelBridge.bridge(Samples.experiment(world, "ex-precopy")).plan();
    }

    private static List<TelemetryEvent> events(TelemetryStore store) {
        return store.query(TimeRange.ALL, e -> true);
    }

    @Test
    void eachMigrationOfTheExerciseBehavesAsItsNumbersSay() {
        TelemetryStore store = new TelemetryStore();
        PlanResult result = PlanRun.prepare(plan, store).run(RunMonitor.NONE);
        assertFalse(result.cancelled());
        assertEquals(plan.duration(), result.endTime());
        assertEquals(4, result.started());
        assertEquals(4, result.completed());
        assertEquals(0, result.failed());
        assertEquals(1, result.skipped(), "batch is switched off");
        assertEquals(store.size(), result.events());

        List<MigrationRecord> migrations = MigrationRecord.collect(store);
        assertEquals(List.of("vm/web", "vm/db", "vm/cache", "vm/web"),
                migrations.stream().map(MigrationRecord::subject).toList());

        // web: the path a1 > gw-a > campus > gw-b > b1 gives gigabit Ethernet; the profile gives 1 GiB
        // of which 512 MiB used, writing 8.2 MB/s. Its first round sends the used memory (zero pages
        // cost a few bytes each: within 1%), and what it dirtied meanwhile fits in 300 ms: one round.
        MigrationRecord web = migrations.get(0);
        assertEquals(GBE, web.start().number(Attribute.BANDWIDTH, 0), 1e-6);
        assertEquals(1024 * MIB, web.start().number(Attribute.MEMORY, 0), 0);
        assertEquals(2000 * 4096, web.start().number(Attribute.DIRTY_RATE, 0), 1e-6);
        assertEquals(1, web.rounds().size());
        assertEquals(512 * MIB / GBE, (web.rounds().get(0).time() - web.startTime()) / SECOND, 0.01 * 512 * MIB / GBE);
        assertEquals(PreCopyMigration.REASON_DOWNTIME_TARGET, web.end().text(Attribute.REASON));
        assertEquals("host/b1", web.startText(Attribute.DESTINATION));

        // db dirties 164 MB/s, more than the link's 125 MB/s: pre-copy does not converge, says so, and
        // the model's round cap of 30 ends it
        MigrationRecord db = migrations.get(1);
        assertEquals(30, db.rounds().size());
        assertEquals(PreCopyMigration.REASON_ROUND_CAP, db.end().text(Attribute.REASON));
        assertEquals(1, store.query(TimeRange.ALL, e -> e.kind() == EventKind.MESSAGE
                && PreCopyMigration.WARNING_NON_CONVERGING.equals(e.text(Attribute.REASON))).size());

        // cache was suspended before it moved: it dirties nothing, so one round carries its 1 GiB
        MigrationRecord cache = migrations.get(2);
        assertEquals(0, cache.start().number(Attribute.DIRTY_RATE, -1), 0);
        assertEquals(1, cache.rounds().size());
        assertEquals(1024 * MIB / GBE, cache.end().number(Attribute.TOTAL_TIME, 0) / SECOND, 0.01 * 1024 * MIB / GBE);
        assertEquals("host/b1", cache.startText(Attribute.DESTINATION), "a site: its only host");

        // web goes back after the campus link was slowed to 100 Mbit/s: 8.2 MB/s of writes against
        // 12.5 MB/s take several rounds
        MigrationRecord back = migrations.get(3);
        assertEquals(12.5e6, back.start().number(Attribute.BANDWIDTH, 0), 1e-6);
        assertTrue(back.rounds().size() > 3, back.rounds().size() + " rounds");
        assertEquals("host/a1", back.startText(Attribute.DESTINATION));

        List<TelemetryEvent> skipped = store.query(TimeRange.ALL, e -> e.kind() == EventKind.MESSAGE
                && e.subject().equals("vm/batch"));
        assertEquals(1, skipped.size());
        assertEquals("vm/batch", skipped.get(0).subject());
        assertEquals("not-running", skipped.get(0).text(Attribute.REASON));
        assertEquals(160 * SECOND, skipped.get(0).time(), 0);

        // the census follows the moves: b1 holds batch, web arrives at 35 s, cache at 119 s, web leaves at 268 s
        double[] onB1 = store.fetchXy(new SeriesKey("host/b1", EventKind.METRIC, Attribute.VM_COUNT),
                new TimeRange(0, (long) (400 * SECOND)), 4).values();
        assertEquals(List.of(2.0, 3.0, 2.0, 2.0), List.of(onB1[0], onB1[1], onB1[2], onB1[3]));
        assertEquals(1.0, store.fetchXy(new SeriesKey("host/b1", EventKind.METRIC, Attribute.VM_COUNT),
                new TimeRange(0, (long) (30 * SECOND)), 1).values()[0]);
    }

    @Test
    void concurrentMigrationsShareALinkInOneDirectionButNotAcrossDirections() {
        // idle 1 GiB VMs on two hosts joined through one gigabit link; stop-and-copy
        // sends each whole, so a transfer alone takes 1 GiB / 125 MB/s = 8.59 s
        List<PlanHost> hosts = List.of(new PlanHost("host/x", 1L << 34), new PlanHost("host/y", 1L << 34));
        List<PlanLink> links = List.of(new PlanLink("link/xy", "host/x", "host/y", GBE, 100_000));
        List<PlanVm> vms = List.of(PlanVm.uniform("vm/x1", "host/x", 1L << 30, 0, LifecycleState.RUNNING),
                PlanVm.uniform("vm/x2", "host/x", 1L << 30, 0, LifecycleState.RUNNING),
                PlanVm.uniform("vm/x3", "host/x", 1L << 30, 0, LifecycleState.RUNNING),
                PlanVm.uniform("vm/y1", "host/y", 1L << 30, 0, LifecycleState.RUNNING));
        MigrationPolicy stopAndCopy = new MigrationPolicy("stop-and-copy", "stop-and-copy", StopAndCopyMigration::new,
                List.of());
        long second = (long) SECOND;
        RunPlan plan = new RunPlan("sharing", 1, 100 * second, hosts, links, vms, List.of(
                new PlanStep.Migrate(second, "x1 and x2 to y", List.of("vm/x1", "vm/x2"), List.of("host/y", "host/y")),
                new PlanStep.Migrate(50 * second, "y1 to x while x3 goes to y", List.of("vm/y1", "vm/x3"),
                        List.of("host/x", "host/y"))), stopAndCopy, second);
        TelemetryStore store = new TelemetryStore();
        assertEquals(4, PlanRun.prepare(plan, store).run(RunMonitor.NONE).completed());
        List<Double> times = MigrationRecord.collect(store).stream()
                .map(m -> m.end().number(Attribute.TOTAL_TIME, 0) / SECOND).toList();
        double alone = (1L << 30) / GBE;
        // same direction: each gets half the link, both take twice as long (within 1%)
        assertEquals(2 * alone, times.get(0), 0.01 * alone);
        assertEquals(2 * alone, times.get(1), 0.01 * alone);
        // opposite directions: a link is full duplex, each goes as if alone
        assertEquals(alone, times.get(2), 0.01 * alone);
        assertEquals(alone, times.get(3), 0.01 * alone);
    }

    @Test
    void aLinkChangeAppliesToTheMigrationUnderWay() {
        // stop-and-copy of an idle 1 GiB VM (X = 2^30 bytes, sent whole) over a gigabit link
        // (B1 = 125 MB/s); 2 s after it starts (t1) the link drops to B2 = 12.5 MB/s and its latency
        // goes from 0.1 ms to 5 ms. The transfer ends at t1 + (X - B1 t1) / B2 = 67.899 s after the
        // start; the last byte then lands 5 ms later (the new latency). Within 1 us: completions are
        // rounded up to the nanosecond.
        List<PlanHost> hosts = List.of(new PlanHost("host/x", 1L << 34), new PlanHost("host/y", 1L << 34));
        List<PlanLink> links = List.of(new PlanLink("link/xy", "host/x", "host/y", GBE, 100_000));
        List<PlanVm> vms = List.of(PlanVm.uniform("vm/x1", "host/x", 1L << 30, 0, LifecycleState.RUNNING));
        MigrationPolicy stopAndCopy = new MigrationPolicy("stop-and-copy", "stop-and-copy", StopAndCopyMigration::new,
                List.of());
        long second = (long) SECOND;
        RunPlan plan = new RunPlan("slowed", 1, 100 * second, hosts, links, vms, List.of(
                new PlanStep.Migrate(second, "x1 to y", List.of("vm/x1"), List.of("host/y")),
                new PlanStep.SetLink(3 * second, "slow the link", "link/xy", 12.5e6, 5_000_000)), stopAndCopy,
                second);
        TelemetryStore store = new TelemetryStore();
        assertEquals(1, PlanRun.prepare(plan, store).run(RunMonitor.NONE).completed());
        MigrationRecord moved = MigrationRecord.collect(store).get(0);
        double x = 1L << 30;
        double t1 = 2;
        double expected = t1 + (x - GBE * t1) / 12.5e6 + 0.005;
        assertEquals(expected, moved.end().number(Attribute.TOTAL_TIME, 0) / SECOND, 1e-6);
        // the step is reported like the link's start values
        List<TelemetryEvent> metrics = store.query(TimeRange.ALL, e -> e.kind() == EventKind.METRIC
                && e.subject().equals("link/xy"));
        assertEquals(2, metrics.size());
        assertEquals(12.5e6, metrics.get(1).number(Attribute.BANDWIDTH, 0), 0);
        assertEquals(3 * SECOND, metrics.get(1).time(), 0);
    }

    @Test
    void theSameSeedGivesTheSameTraceAndPacingChangesNothing() throws Exception {
        TelemetryStore batch = new TelemetryStore();
        PlanRun.prepare(plan, batch).run(RunMonitor.NONE);
        TelemetryStore again = new TelemetryStore();
        PlanRun.prepare(plan, again).run(RunMonitor.NONE);
        assertEquals(events(batch), events(again));

        TelemetryStore paced = new TelemetryStore();
        PlanRun run = PlanRun.prepare(plan, paced);
        // 420 simulated seconds at 2,000x: about a fifth of a second, paused and stepped on the way
        run.driver().setSpeed(2_000);
        run.driver().pause();
        CompletableFuture<PlanResult> result = CompletableFuture.supplyAsync(() -> run.run(RunMonitor.NONE));
        for (int i = 0; i < 5; i++) {
            run.driver().step();
        }
        run.driver().resume();
        PlanResult done = result.get(30, TimeUnit.SECONDS);
        assertFalse(done.cancelled());
        assertEquals(events(batch), events(paced));
    }

    @Test
    void aMonitorCanCancelTheRun() {
        TelemetryStore store = new TelemetryStore();
        PlanResult result = PlanRun.prepare(plan, store).run(new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void progressed(long simulatedTime, long duration) {
                // cancelled at the first slice
            }
        });
        assertTrue(result.cancelled());
        assertEquals(plan.duration() / 100, result.endTime());
    }
}
