package org.orrery.sim.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.LifecycleState;
import org.orrery.telemetry.TelemetryEvent;

/** The offload protocol's order, the sync daemon, drops, conflicts, phone death and determinism. */
class PhoneProtocolTest {

    private static final double NS = 1e9;

    @Test
    void protocolStepsInOrderWithExactTimes() {
        PhoneWorld w = new PhoneWorld(1, PhoneWorld.quiet());
        w.at(10, () -> w.instance.offload(10));
        w.runTo(30);
        // 10-11 checkpoint, 11-13 upload of 2 MB at 1 MB/s, 13-14 activation, cloud run 10/5 = 2 s, resume at 16
        assertEquals(10 * PhoneWorld.S, w.phaseTime("checkpoint", "started"));
        assertEquals(11 * PhoneWorld.S, w.phaseTime("upload", "started"));
        assertEquals(13 * PhoneWorld.S, w.phaseTime("upload", "done"), 1000);
        assertEquals(w.phaseTime("upload", "done"), w.phaseTime("activate", "started"));
        assertEquals(14 * PhoneWorld.S, w.phaseTime("cloud-run", "started"), 1000);
        assertEquals(16 * PhoneWorld.S, w.phaseTime("sync-back", "done"), 1000);
        assertEquals(InstanceState.RUNNING, w.instance.state());
        assertEquals(1, w.instance.stats().offloads);
        assertEquals(1, w.instance.stats().returns);
    }

    @Test
    void cloneNeverActiveBeforeTheUploadLandsAndThePhoneNeverWritesWhileSuspended() {
        // busy workloads, a slow link and drops: the order must hold whatever happens
        PhoneParameters p = PhoneParameters.DEFAULT.withWifiMbps(2).withWriteRate(4).withInputEventRate(10);
        PhoneWorld w = new PhoneWorld(7, p);
        w.at(5, () -> w.instance.offload(60));
        w.at(9, () -> w.phone.setConnected(false));
        w.at(12, () -> w.phone.setConnected(true));
        boolean[] refused = new boolean[1];
        w.at(8, () -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.instance.phoneWrite(1, 100));
            assertTrue(e.getMessage().contains("writes nothing to storage"), e.getMessage());
            refused[0] = true;
        });
        w.runTo(120);
        assertTrue(refused[0]);
        long uploadDone = w.phaseTime("upload", "done");
        assertTrue(uploadDone > 0, "the upload ended");
        List<TelemetryEvent> events = w.events();
        long cloneRunning = events.stream().filter(e -> e.kind() == EventKind.LIFECYCLE && e.subject().equals("vm/clone-a")
                && LifecycleState.RUNNING.equals(e.attributes().get(Attribute.STATE))).mapToLong(TelemetryEvent::time)
                .min().orElseThrow();
        assertTrue(cloneRunning >= uploadDone + Math.round(p.activateS() * NS) - 1,
                "clone active at " + cloneRunning + " before the upload landed at " + uploadDone);
        // pendingUp never grows while the instance is suspended
        String state = "running";
        long lastPendingUp = 0;
        for (TelemetryEvent e : events) {
            if (!e.subject().equals(w.instance.subject())) {
                continue;
            }
            if (e.kind() == EventKind.LIFECYCLE) {
                state = (String) e.attributes().get(Attribute.DETAIL);
            } else if (e.kind() == EventKind.METRIC) {
                long up = ((Number) e.attributes().get(Attribute.PENDING_UP)).longValue();
                if (!state.equals("running")) {
                    assertTrue(up <= lastPendingUp, "phone changes grew to " + up + " while " + state + " at " + e.time());
                }
                lastPendingUp = up;
            }
        }
        assertTrue(w.instance.stats().eventsCaptured > 0);
        assertTrue(w.instance.stats().changedDown > 0, "the clone's changes came back");
        // back on the phone: every captured event was applied once, by the clone or by the phone
        assertEquals(InstanceState.RUNNING, w.instance.state());
        assertEquals(0, w.instance.capturedEvents());
        assertEquals(w.instance.stats().eventsCaptured, w.instance.stats().eventsReplayed);
        assertEquals(0, w.instance.stagedDown(), "staged changes installed on resume");
    }

    @Test
    void thresholdDaemonSyncsWhenPendingReachesIt() {
        PhoneParameters p = PhoneWorld.quiet().withThresholdKiB(64);
        PhoneWorld w = new PhoneWorld(1, p);
        w.at(1, () -> w.instance.phoneWrite(3, 40_000));
        w.at(2, () -> w.instance.phoneWrite(4, 40_000)); // 80,000 B >= 65,536: a sync starts
        w.runTo(10);
        assertEquals(1, w.instance.stats().syncs);
        assertEquals(2 * PhoneWorld.S, w.phaseTime("negotiate", "started"));
        assertEquals(0, w.instance.pendingUp());
        TransferModel m = TransferModel.DEFAULT;
        long expected = 2 * (m.chunkBytes(40_000, 1, 1 << 20) + m.overheadBytes(1 << 20));
        assertEquals(expected, w.instance.stats().bytesUp);
    }

    @Test
    void twoInstancesShareTheWifi() {
        PhoneWorld w = new PhoneWorld(1, PhoneWorld.quiet());
        PhoneInstanceSim b = w.phone.addInstance("phoneinstance/b", "vm/clone-b", 5);
        w.at(10, () -> w.instance.offload(10));
        w.at(10, () -> b.offload(10));
        w.runTo(30);
        // two 2 MB uploads from 11 s on one 1 MB/s link: each gets half, both land at 15 s
        assertEquals(15 * PhoneWorld.S, w.phaseTime("upload", "done"), 1000);
        assertEquals(InstanceState.RUNNING, b.state());
        assertEquals(2_000_000, b.stats().bytesUp);
    }

    @Test
    void wifiDropMidUploadResumesWithOnlyTheRestPlusTheCutChunk() {
        PhoneWorld w = new PhoneWorld(1, PhoneWorld.quiet());
        w.at(10, () -> w.instance.offload(10));
        w.at(11.5, () -> w.phone.setConnected(false)); // 0.5 s into the 2 s upload: 500,000 B sent
        w.at(15, () -> w.phone.setConnected(true));
        w.runTo(40);
        int chunk = TransferModel.DEFAULT.meanChunkBytes();
        long cut = 500_000 % chunk;
        // the rest (1,500,000 B) and the cut chunk again, from 15 s at 1 MB/s
        double expectedEnd = 15 + (1_500_000 + cut) / 1e6;
        assertEquals(expectedEnd * NS, w.phaseTime("upload", "done"), 1e3);
        assertEquals(2_000_000 + cut, w.instance.stats().bytesUp);
        assertEquals(cut, w.instance.stats().resentBytes);
        long drops = w.events().stream().filter(e -> e.kind() == EventKind.SYNC_TRANSFER
                && "wifi-drop".equals(e.attributes().get(Attribute.REASON))).count();
        assertEquals(1, drops);
        // the clone became active only after the resumed upload landed
        assertTrue(w.phaseTime("activate", "started") >= w.phaseTime("upload", "done"));
        assertEquals(InstanceState.RUNNING, w.instance.state());
    }

    @Test
    void dropDuringSyncBackResumesAfterTimeoutAndABothSidesEditIsAConflict() {
        PhoneParameters p = PhoneWorld.quiet(); // threshold 512 KiB, resume timeout 10 s
        PhoneWorld w = new PhoneWorld(1, p);
        w.at(10, () -> w.instance.offload(50)); // cloud run 14-24 s
        w.at(15, () -> w.instance.cloneWrite(7, 10_000));
        w.at(16, () -> w.instance.cloneWrite(8, 10_000));
        w.at(20, () -> w.phone.setConnected(false));
        w.runTo(33);
        // work done at 24 s, link down: the phone waits 10 s, then resumes without the clone's changes
        assertEquals(InstanceState.SYNCING_BACK, w.instance.state());
        w.runTo(35);
        assertEquals(InstanceState.RUNNING, w.instance.state());
        assertEquals(1, w.instance.stats().resumedWithoutSyncBack);
        assertEquals(20_000, w.instance.pendingDown(), "the clone keeps its changes");
        w.at(36, () -> w.instance.phoneWrite(7, 600_000)); // the same file on the phone, past the threshold
        w.at(40, () -> w.phone.setConnected(true));
        w.runTo(60);
        assertEquals(1, w.instance.stats().conflicts, "file 7 changed on both sides");
        assertEquals(0, w.instance.pendingDown());
        assertEquals(0, w.instance.pendingUp());
        // the rule: the phone's version goes up, the clone's comes down as the conflict copy; nothing lost
        TransferModel m = TransferModel.DEFAULT;
        long up = m.chunkBytes(600_000, 1, 1 << 20) + m.overheadBytes(1 << 20);
        long down = 2 * (m.chunkBytes(10_000, 1, 1 << 20) + m.overheadBytes(1 << 20));
        assertEquals(2_000_000 + up, w.instance.stats().bytesUp);
        assertEquals(down, w.instance.stats().bytesDown);
    }

    @Test
    void phoneDeathWhileSuspendedLosesOnlyUnforwardedInput() {
        PhoneParameters p = PhoneWorld.quiet().withInputEventRate(5);
        PhoneWorld w = new PhoneWorld(3, p);
        w.at(10, () -> w.instance.offload(100)); // runs in the cloud from about 14 s
        w.at(20, () -> w.phone.setConnected(false));
        w.at(30, () -> w.phone.fail());
        w.runTo(60);
        PhoneInstanceSim.Stats s = w.instance.stats();
        assertEquals(InstanceState.FAILED, w.instance.state());
        assertEquals(0, s.lostBytes, "a suspended phone holds no storage change the clone lacks");
        assertTrue(s.eventsLost > 20 && s.eventsLost < 80, "about 50 events captured while the link was down: "
                + s.eventsLost);
        assertEquals(s.eventsCaptured, s.eventsReplayed + s.eventsLost);
    }

    @Test
    void phoneDeathWhileRunningLosesItsUnsyncedChanges() {
        PhoneWorld w = new PhoneWorld(3, PhoneWorld.quiet());
        w.at(1, () -> w.instance.phoneWrite(1, 1000));
        w.at(2, () -> w.phone.fail());
        w.runTo(5);
        assertEquals(1000, w.instance.lostBytes());
        // energy: 2 s alive with the instance running locally and the radio idle, nothing after
        EnergyModel m = EnergyModel.DEFAULT;
        assertEquals(2 * (m.radioIdleW() + m.cpuIdleW() + m.cpuBusyW()), w.phone.energyJ(), 1e-9);
    }

    @Test
    void sameSeedSameTraceOtherSeedOtherTrace() {
        assertEquals(trace(42), trace(42));
        assertTrue(!trace(42).equals(trace(43)));
    }

    private static String trace(long seed) {
        PhoneParameters p = PhoneParameters.DEFAULT.withWriteRate(3).withInputEventRate(5).withWifiMbps(5);
        PhoneWorld w = new PhoneWorld(seed, p);
        PhoneInstanceSim second = w.phone.addInstance("phoneinstance/b", "vm/clone-b", 8);
        w.at(5, () -> w.instance.offload(100));
        w.at(7, () -> second.offload(30));
        w.at(9, () -> w.phone.setConnected(false));
        w.at(11, () -> w.phone.setConnected(true));
        w.runTo(200);
        StringBuilder out = new StringBuilder();
        for (TelemetryEvent e : w.events()) {
            out.append(e.time()).append(' ').append(e.kind()).append(' ').append(e.subject()).append(' ')
                    .append(new java.util.TreeMap<>(e.attributes())).append('\n');
        }
        return out.toString();
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneParameters.DEFAULT.withWifiMbps(0));
        assertTrue(e.getMessage().contains("wifiMbps"), e.getMessage());
        PhoneWorld w = new PhoneWorld(1, PhoneWorld.quiet());
        w.at(1, () -> w.instance.offload(10));
        w.at(1.5, () -> assertThrows(IllegalStateException.class, () -> w.instance.offload(10)));
        w.runTo(2);
        assertThrows(IllegalArgumentException.class, () -> w.phone.addInstance("x", "y", 0));
    }
}
