package org.orrery.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** Batch and paced runs, steered from another thread, give the same trace; the controls do what they say. */
class SimulationDriverTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;

    /** A busy little world: random arrivals that report a random load, and a steady sampler. */
    private static Simulation world(long seed, TelemetryStore store) {
        Simulation sim = new Simulation(seed, store);
        EventHandler arrival = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                s.emit(EventKind.METRIC, "host/" + s.random("host").nextInt(3),
                        Map.of(Attribute.CPU_LOAD, s.random("load").nextDouble()));
                s.schedule((long) (s.random("gap").nextExponential() * 7 * MS), this);
            }
        };
        EventHandler sampler = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                s.emit(EventKind.METRIC, "clock", Map.of(Attribute.VALUE, s.now()));
                s.schedule(50 * MS, this);
            }
        };
        sim.schedule(0, arrival);
        sim.schedule(0, sampler);
        return sim;
    }

    private static List<TelemetryEvent> events(TelemetryStore store) {
        return store.query(TimeRange.ALL, e -> true);
    }

    private static CompletableFuture<RunOutcome> start(SimulationDriver driver, List<Long> progress) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return driver.run((time, end) -> progress.add(time));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10 * SECOND;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(2);
        }
    }

    @Test
    void batchRunsToTheEndInSlicesAsTheKernelAloneWould() throws Exception {
        TelemetryStore driven = new TelemetryStore();
        SimulationDriver driver = new SimulationDriver(world(5, driven), 3 * SECOND);
        List<Long> progress = new ArrayList<>();
        assertEquals(RunOutcome.TIME_REACHED, driver.run((time, end) -> progress.add(time)));
        assertEquals(SimulationDriver.State.FINISHED, driver.state());
        assertEquals(3 * SECOND, driver.simulatedTime());
        assertEquals(100, progress.size(), "one progress report per hundredth of the run");
        assertEquals(3 * SECOND, (long) progress.get(99));

        TelemetryStore direct = new TelemetryStore();
        world(5, direct).runUntil(3 * SECOND);
        assertTrue(direct.size() > 400);
        assertEquals(events(direct), events(driven));
        assertThrows(IllegalStateException.class, () -> driver.run(SimulationDriver.Listener.NONE));
    }

    @Test
    void pacedRunsFollowTheWallClockAtTheChosenSpeed() throws Exception {
        TelemetryStore store = new TelemetryStore();
        SimulationDriver driver = new SimulationDriver(world(1, store), SECOND);
        driver.setSpeed(10);
        long start = System.nanoTime();
        assertEquals(RunOutcome.TIME_REACHED, driver.run(SimulationDriver.Listener.NONE));
        long wall = System.nanoTime() - start;
        // one simulated second at 10x: a tenth of a second, give or take scheduling
        assertTrue(wall >= 95 * MS && wall < 600 * MS, "took " + wall / MS + " ms");
    }

    @Test
    void pauseStepRunForResumeAndSpeedFromAnotherThreadLeaveTheTraceUnchanged() throws Exception {
        TelemetryStore batch = new TelemetryStore();
        new SimulationDriver(world(42, batch), 2 * SECOND).run(SimulationDriver.Listener.NONE);

        TelemetryStore paced = new TelemetryStore();
        Simulation sim = world(42, paced);
        SimulationDriver driver = new SimulationDriver(sim, 2 * SECOND);
        driver.pause();
        List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<RunOutcome> run = start(driver, progress);
        await(() -> driver.state() == SimulationDriver.State.PAUSED, "the paused start");
        assertEquals(0, sim.firedEvents(), "a driver paused before run waits");

        driver.step();
        await(() -> progress.size() == 1, "one step");
        assertEquals(1, paced.size(), "a step fires exactly one event");
        driver.step();
        driver.step();
        await(() -> progress.size() == 3, "two more steps");
        assertEquals(3, sim.firedEvents());
        assertTrue(driver.isPaused());

        driver.runFor(300 * MS);
        await(() -> driver.simulatedTime() >= 300 * MS && driver.state() == SimulationDriver.State.PAUSED,
                "run-for to pause");
        long pausedAt = driver.simulatedTime();
        assertTrue(pausedAt >= 300 * MS && pausedAt < 330 * MS, "run-for stops where asked: " + pausedAt / MS + " ms");
        Thread.sleep(50);
        assertEquals(pausedAt, driver.simulatedTime(), "paused means paused");

        driver.setSpeed(20);
        driver.resume();
        await(() -> driver.simulatedTime() > pausedAt + 100 * MS, "paced progress");
        driver.setSpeed(SimulationDriver.AS_FAST_AS_POSSIBLE);
        assertEquals(RunOutcome.TIME_REACHED, run.get(10, TimeUnit.SECONDS));
        assertEquals(events(batch), events(paced));
    }

    @Test
    void cancelStopsAPausedOrRunningDriver() throws Exception {
        SimulationDriver paused = new SimulationDriver(world(3, new TelemetryStore()), 10 * SECOND);
        paused.pause();
        CompletableFuture<RunOutcome> run = start(paused, new ArrayList<>());
        await(() -> paused.state() == SimulationDriver.State.PAUSED, "pause");
        paused.cancel();
        assertEquals(RunOutcome.CANCELLED, run.get(5, TimeUnit.SECONDS));
        assertEquals(SimulationDriver.State.CANCELLED, paused.state());

        SimulationDriver slow = new SimulationDriver(world(3, new TelemetryStore()), 3_600 * SECOND);
        slow.setSpeed(1);
        CompletableFuture<RunOutcome> slowRun = start(slow, new ArrayList<>());
        await(() -> slow.simulatedTime() > 0, "a first paced slice");
        slow.cancel();
        assertEquals(RunOutcome.CANCELLED, slowRun.get(5, TimeUnit.SECONDS));
        assertTrue(slow.simulatedTime() < 60 * SECOND);
        assertThrows(IllegalArgumentException.class, () -> slow.setSpeed(0));
        assertThrows(IllegalArgumentException.class, () -> slow.runFor(-1));
    }
}
