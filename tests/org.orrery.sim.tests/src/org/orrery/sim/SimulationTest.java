package org.orrery.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.orrery.telemetry.TelemetryStore;

class SimulationTest {

    private final Simulation sim = new Simulation(1, new TelemetryStore());
    private final List<String> fired = new ArrayList<>();

    private EventHandler record(String label) {
        return s -> fired.add(label + "@" + s.now());
    }

    @Test
    void eventsFireInTimeOrderAndTiesInSchedulingOrder() {
        sim.scheduleAt(20, record("c"));
        sim.scheduleAt(10, record("a"));
        sim.scheduleAt(20, record("d"));
        sim.scheduleAt(10, s -> {
            fired.add("b@" + s.now());
            // scheduled during t=10, for t=10: after everything already due at 10
            s.schedule(0, record("b2"));
            s.scheduleAt(20, record("e"));
        });
        assertEquals(RunOutcome.QUEUE_EMPTY, sim.run());
        assertEquals(List.of("a@10", "b@10", "b2@10", "c@20", "d@20", "e@20"), fired);
        assertEquals(20, sim.now());
        assertEquals(6, sim.firedEvents());
    }

    @Test
    void runUntilFiresEventsUpToAndIncludingTheTimeThenSetsTheClockThere() {
        sim.scheduleAt(100, record("a"));
        sim.scheduleAt(200, record("b"));
        sim.scheduleAt(201, record("c"));
        assertEquals(RunOutcome.TIME_REACHED, sim.runUntil(200));
        assertEquals(List.of("a@100", "b@200"), fired);
        assertEquals(200, sim.now());
        assertEquals(1, sim.pendingEvents());
        assertEquals(201, sim.nextEventTime());

        // time passes evenly even when nothing is due, as a paced UI expects
        assertEquals(RunOutcome.TIME_REACHED, sim.runFor(0));
        assertEquals(200, sim.now());
        assertEquals(RunOutcome.TIME_REACHED, sim.runFor(50));
        assertEquals(250, sim.now());
        assertEquals(List.of("a@100", "b@200", "c@201"), fired);
        assertEquals(RunOutcome.TIME_REACHED, sim.runFor(1_000));
        assertEquals(1_250, sim.now());
        assertEquals(0, sim.pendingEvents());
        assertEquals(-1, sim.nextEventTime());
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(1_000));
    }

    @Test
    void stepFiresExactlyOneEventAndMovesTheClockToIt() {
        sim.scheduleAt(30, record("b"));
        sim.scheduleAt(10, record("a"));
        assertTrue(sim.step());
        assertEquals(List.of("a@10"), fired);
        assertEquals(10, sim.now());
        assertTrue(sim.step());
        assertEquals(30, sim.now());
        assertFalse(sim.step());
        assertEquals(30, sim.now());
        assertEquals(List.of("a@10", "b@30"), fired);
    }

    @Test
    void anUnscheduledEventNeverFires() {
        SimEvent a = sim.scheduleAt(10, record("a"));
        SimEvent b = sim.scheduleAt(20, record("b"));
        SimEvent c = sim.scheduleAt(30, record("c"));
        assertTrue(sim.unschedule(b));
        assertFalse(b.isPending());
        assertFalse(sim.unschedule(b));
        assertEquals(2, sim.pendingEvents());
        sim.run();
        assertEquals(List.of("a@10", "c@30"), fired);
        assertFalse(sim.unschedule(a), "an event that fired cannot be unscheduled");
        assertFalse(c.isPending());
    }

    @Test
    void cancelFromAHandlerStopsTheRunAfterThatEvent() {
        sim.scheduleAt(10, record("a"));
        sim.scheduleAt(20, s -> s.cancel());
        sim.scheduleAt(20, record("b"));
        assertEquals(RunOutcome.CANCELLED, sim.runUntil(1_000));
        assertEquals(List.of("a@10"), fired);
        assertEquals(20, sim.now(), "the clock stays at the last event fired, not the requested end");
        assertEquals(1, sim.pendingEvents());
        assertFalse(sim.step());
        assertEquals(RunOutcome.CANCELLED, sim.run());
        assertTrue(sim.isCancelled());
    }

    @Test
    void cancelFromAnotherThreadStopsAnEndlessRun() throws Exception {
        EventHandler tick = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                s.schedule(1_000, this);
            }
        };
        sim.schedule(0, tick);
        Thread canceller = new Thread(() -> {
            while (sim.firedEvents() < 10_000) {
                Thread.onSpinWait();
            }
            sim.cancel();
        });
        canceller.start();
        assertEquals(RunOutcome.CANCELLED, sim.run());
        canceller.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(sim.firedEvents() >= 10_000);
    }

    @Test
    void theClockNeverGoesBackwards() {
        sim.scheduleAt(50, record("a"));
        sim.run();
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(49, record("late")));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, record("late")));
        assertThrows(IllegalArgumentException.class, () -> sim.runFor(-1));
    }

    @Test
    void aHandlerCannotDriveTheSimulationItRunsIn() {
        sim.schedule(0, s -> s.run());
        assertThrows(IllegalStateException.class, () -> sim.run());
        // the failed run left the simulation usable
        sim.schedule(5, record("after"));
        assertEquals(RunOutcome.QUEUE_EMPTY, sim.run());
        assertEquals(List.of("after@5"), fired);
    }
}
