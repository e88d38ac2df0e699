package org.orrery.sim.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.orrery.sim.sched.experiment.SchedWorld;
import org.orrery.sim.sched.measure.SchedTelemetry;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.EventRow;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** What the scheduler reports, and that a view can read it back per pCPU and time range. */
class SchedTelemetryTest {

    private static final long SECOND = 1_000_000_000L;

    private static SchedWorld world(TelemetryStore store, SchedTelemetry.Options report) {
        return new SchedWorld(Scenarios.host(Scenarios.DEEP), "SBCO", 11, "host/t", store, report);
    }

    /** Reporting only observes: the model's decisions are the same with and without it. */
    @Test
    void reportingDoesNotChangeTheRun() {
        try (TelemetryStore quiet = new TelemetryStore(); TelemetryStore loud = new TelemetryStore()) {
            SchedWorld a = world(quiet, null);
            SchedWorld b = world(loud, SchedTelemetry.Options.ALL);
            a.run(5 * SECOND, false);
            b.run(5 * SECOND, false);
            var ma = a.metrics();
            var mb = b.metrics();
            ma.remove("events");
            mb.remove("events");
            assertEquals(ma, mb);
            assertTrue(loud.size() > 10 * quiet.size());
        }
    }

    /**
     * The last RUN_QUEUE event of each pCPU at or before the end, fetched by subject and time
     * range as a view does, is the queue as it stands: same order, ordinates counting the running
     * task, a tree whose rb_index values match its parent links.
     */
    @Test
    void runQueueSnapshotsReadBackAsTheQueueStands() {
        try (TelemetryStore store = new TelemetryStore()) {
            SchedWorld w = world(store, SchedTelemetry.Options.ALL);
            w.run(3 * SECOND, false);
            long now = w.simulation().now();
            for (RunQueue rq : w.host().runQueues()) {
                String subject = SchedAttribute.pcpu("host/t", rq.cpu());
                EventRow row = store.fetchRow(subject, EnumSet.of(EventKind.RUN_QUEUE), new TimeRange(now - SECOND, now),
                        100_000);
                TelemetryEvent last = row.events().get(row.events().size() - 1);
                List<String> expected = new ArrayList<>();
                rq.tree().forEachInOrder(t -> expected.add(t.subject()));
                assertEquals(String.join(" ", expected), last.text(Attribute.QUEUE), subject);
                assertEquals(rq.current() == null ? "" : rq.current().subject(), last.text(SchedAttribute.CURRENT));
                assertEquals((long) rq.nrRunning(), last.attributes().get(SchedAttribute.NR_RUNNING));
                String[] ordinates = last.text(SchedAttribute.ORDINATES).split(" ");
                String[] tree = last.text(SchedAttribute.TREE).split(" ");
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(i + (rq.current() == null ? 0 : 1), Integer.parseInt(ordinates[i]));
                }
                checkTree(tree, expected.size());
            }
        }
    }

    /** rb_index of every node equals the number of nodes whose ancestors include its left child. */
    private static void checkTree(String[] tree, int n) {
        if (n == 0) {
            return;
        }
        int[] parent = new int[n];
        int[] rbIndex = new int[n];
        int roots = 0;
        for (int i = 0; i < n; i++) {
            String[] f = tree[i].split(":");
            rbIndex[i] = Integer.parseInt(f[0]);
            parent[i] = Integer.parseInt(f[1]);
            roots += parent[i] < 0 ? 1 : 0;
        }
        assertEquals(1, roots);
        for (int i = 0; i < n; i++) {
            int leftSubtree = 0;
            for (int j = 0; j < i; j++) {
                int a = j;
                while (parent[a] >= 0 && parent[a] != i) {
                    a = parent[a];
                }
                leftSubtree += parent[a] == i ? 1 : 0;
            }
            assertEquals(rbIndex[i], leftSubtree, "rb_index of position " + i);
        }
    }

    /** SCHEDULER carries picks, SBCO's skips and loans; VCPU_STATE every state; METRIC the counters. */
    @Test
    void decisionsStatesAndCountersAreReported() {
        try (TelemetryStore store = new TelemetryStore()) {
            SchedWorld w = world(store, SchedTelemetry.Options.ALL);
            w.run(5 * SECOND, false);
            Set<String> decisions = new HashSet<>();
            Set<String> states = new HashSet<>();
            TimeRange all = new TimeRange(0, w.simulation().now());
            store.forEach(all, e -> e.kind() == EventKind.SCHEDULER, e -> decisions.add(e.text(Attribute.DECISION)));
            store.forEach(all, e -> e.kind() == EventKind.VCPU_STATE, e -> states.add(e.text(Attribute.STATE)));
            assertTrue(decisions.containsAll(List.of("pick", "skip", "lend", "debt", "lhp")), decisions.toString());
            assertTrue(states.containsAll(List.of("running", "runnable", "spinning")), states.toString());
            List<TelemetryEvent> hostMetrics = store.query(all,
                    e -> e.kind() == EventKind.METRIC && e.subject().equals("host/t"));
            assertFalse(hostMetrics.isEmpty());
            TelemetryEvent last = hostMetrics.get(hostMetrics.size() - 1);
            assertTrue(last.number(SchedAttribute.CONTEXT_SWITCHES, 0) > 1_000);
            assertTrue(last.number(SchedAttribute.SKIPS, 0) > 0);
            List<TelemetryEvent> vmMetrics = store.query(all,
                    e -> e.kind() == EventKind.METRIC && e.subject().equals("vm/kb"));
            assertTrue(vmMetrics.size() >= 49, "every 100 ms: " + vmMetrics.size());
        }
    }
}
