package org.orrery.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

class ExperimentRunnerTest {

    private static final long SECOND = 1_000_000_000L;
    private static final TimeRange ALL = new TimeRange(0, Long.MAX_VALUE);

    private static TelemetryStore run(long seed, long duration) {
        TelemetryStore store = new TelemetryStore();
        ExperimentRunner.run(new Experiment(Scenario.demo(), seed, duration), store, RunMonitor.NONE);
        return store;
    }

    private static List<TelemetryEvent> events(TelemetryStore store) {
        return store.query(ALL, e -> true);
    }

    @Test
    void theDemoMigratesVmsAndTheHostCountsFollowThePlacements() {
        TelemetryStore store = new TelemetryStore();
        long duration = 1_800 * SECOND;
        ExperimentResult result = ExperimentRunner.run(new Experiment(Scenario.demo(), 1, duration), store,
                RunMonitor.NONE);
        assertFalse(result.cancelled());
        assertEquals(duration, result.endTime());
        assertEquals(store.size(), result.events());
        assertTrue(result.migrationsCompleted() >= 20, "30 min at a mean gap of 30 s: " + result);
        assertTrue(result.migrationsStarted() - result.migrationsCompleted() <= 1, "one at a time: " + result);
        assertEquals(result.migrationsCompleted(),
                store.query(ALL, e -> e.kind() == EventKind.MIGRATION_END).size());

        // follow PLACEMENT events; at every sample, the host counts must match
        Map<String, String> placement = new HashMap<>();
        Map<Long, Map<String, Long>> samples = new TreeMap<>();
        for (TelemetryEvent e : events(store)) {
            if (e.kind() == EventKind.PLACEMENT) {
                placement.put(e.subject(), e.text(Attribute.HOST));
            } else if (e.kind() == EventKind.METRIC) {
                long expected = placement.values().stream().filter(e.subject()::equals).count();
                assertEquals(expected, (long) e.number(Attribute.VM_COUNT, -1), e.toString());
                samples.computeIfAbsent(e.time(), t -> new HashMap<>()).put(e.subject(), expected);
            }
        }
        assertEquals(1_801, samples.size(), "a sample every second from 0 to the end, both included");
        samples.values().forEach(counts -> assertEquals(4L, counts.values().stream().mapToLong(Long::longValue).sum()));
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherOne() {
        assertEquals(events(run(42, 600 * SECOND)), events(run(42, 600 * SECOND)));
        assertNotEquals(events(run(42, 600 * SECOND)), events(run(43, 600 * SECOND)));
    }

    @Test
    void aMonitorFollowsProgressAndCanCancel() {
        List<Long> progress = new ArrayList<>();
        RunMonitor cancelAfterThree = new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return progress.size() >= 3;
            }

            @Override
            public void progressed(long simulatedTime, long duration) {
                progress.add(simulatedTime);
            }
        };
        long duration = 1_000 * SECOND;
        ExperimentResult result = ExperimentRunner.run(new Experiment(Scenario.demo(), 1, duration),
                new TelemetryStore(), cancelAfterThree);
        assertTrue(result.cancelled());
        assertEquals(List.of(10 * SECOND, 20 * SECOND, 30 * SECOND), progress);
        assertEquals(30 * SECOND, result.endTime());
    }
}
