package org.orrery.ui.views.internal.phones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.replay.Replay;

/** The phone-clone model on hand-made events: what each kind of event changes, exactly. */
class PhoneCloneModelTest {

    private static final long S = 1_000_000_000L;
    private static final String I = "phoneinstance/personal";
    private static final String C = "vm/personal-clone";

    private static void add(TelemetryStore store, double s, EventKind kind, String subject, Object... kv) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            a.put((String) kv[i], kv[i + 1]);
        }
        store.append(new TelemetryEvent(Math.round(s * S), kind, subject, a));
    }

    private static void phase(TelemetryStore store, double s, String subject, String phase, String state, Object... kv) {
        Object[] all = new Object[kv.length + 4];
        all[0] = Attribute.PHASE;
        all[1] = phase;
        all[2] = Attribute.STATE;
        all[3] = state;
        System.arraycopy(kv, 0, all, 4, kv.length);
        add(store, s, EventKind.SYNC_PHASE, subject, all);
    }

    /** A simulated offload, step by step: the indicator, the channels, progress, speed-up and energy. */
    @Test
    void aSimulatedOffloadMovesThroughTheProtocol() {
        TelemetryStore store = new TelemetryStore();
        PhoneCloneModel model = new PhoneCloneModel();
        model.setStore(store);
        add(store, 0, EventKind.MESSAGE, "phone/cubie", Attribute.TEXT, "energy model (assumption): ...",
                "energyModel.radioActiveW", 1.0, "energyModel.cpuBusyW", 0.5);
        add(store, 0, EventKind.LIFECYCLE, I, Attribute.STATE, "running", Attribute.DETAIL, "running");
        add(store, 0, EventKind.LIFECYCLE, C, Attribute.STATE, "paused", Attribute.DETAIL, "standby",
                Attribute.CLONE_OF, I, Attribute.SPEED_UP, 8.0);
        add(store, 0, EventKind.METRIC, I, Attribute.INPUT_EVENTS, 0L, Attribute.INPUT_BYTES, 0L, Attribute.PENDING_UP,
                300_000L, Attribute.PENDING_DOWN, 0L, Attribute.THRESHOLD, 524_288L);
        add(store, 0, EventKind.METRIC, "phone/cubie", Attribute.ENERGY, 0.0);
        assertTrue(model.refresh());
        assertEquals(1, model.pairs().size(), "the clone joins its instance's pair, not a pair of its own");
        PhoneCloneModel.Pair p = model.pairs().get(0);
        assertEquals(C, p.clone());
        assertEquals(8.0, p.speedUp());
        assertEquals("running", p.step());
        assertEquals(300_000, p.pendingUp());
        assertEquals(524_288, p.threshold());
        assertEquals(Map.of("radioActiveW", 1.0, "cpuBusyW", 0.5), model.phones().get(0).energyModel());
        assertFalse(p.real());

        add(store, 10, EventKind.LIFECYCLE, I, Attribute.STATE, "paused", Attribute.DETAIL, "suspended-capturing");
        phase(store, 10, I, "checkpoint", "started");
        add(store, 10.2, EventKind.METRIC, I, Attribute.INPUT_EVENTS, 3L, Attribute.INPUT_BYTES, 192L,
                Attribute.PENDING_UP, 300_000L, Attribute.PENDING_DOWN, 0L, Attribute.THRESHOLD, 524_288L);
        model.refresh();
        assertEquals("checkpoint", p.step());
        assertEquals(1, p.offloads());
        assertEquals(3, p.inputEvents(), "events waiting for the clone");
        assertEquals(192, p.inputBytes());

        phase(store, 10.5, I, "checkpoint", "done");
        add(store, 10.5, EventKind.LIFECYCLE, I, Attribute.STATE, "paused", Attribute.DETAIL, "uploading");
        phase(store, 10.5, I, "upload", "started", Attribute.TRIGGER, "suspend", Attribute.BYTES, 4_000_000L);
        // an input event forwarded on its own (not part of the upload): 1,000 B in 0.01 s
        add(store, 10.6, EventKind.SYNC_TRANSFER, I, Attribute.BYTES, 1_000L, Attribute.DURATION, S / 100,
                Attribute.DIRECTION, "up", Attribute.CHUNKS, 0L);
        model.refresh();
        assertEquals("upload", p.step());
        assertEquals("suspend", p.trigger());
        // 0.2 s since the upload began at the 100,000 B/s the input event had: 20,000 of 4,000,000 B
        assertEquals(20_000 / 4e6, p.progress(Math.round(10.7 * S)), 1e-9);
        // the upload's first stretch: 2,000,000 B in 1 s
        add(store, 11.6, EventKind.SYNC_TRANSFER, I, Attribute.BYTES, 2_000_000L, Attribute.DURATION, S,
                Attribute.DIRECTION, "up");
        model.refresh();
        assertEquals(0.5, p.progress(Math.round(11.6 * S)), 1e-9);
        assertEquals(0.75, p.progress(Math.round(12.1 * S)), 1e-9, "half a second more at 2 MB/s");
        assertEquals(0.99, p.progress(20 * S), 1e-9, "never done before the phase says so");

        add(store, 12.6, EventKind.SYNC_TRANSFER, I, Attribute.BYTES, 2_000_000L, Attribute.DURATION, S,
                Attribute.DIRECTION, "up");
        phase(store, 12.6, I, "upload", "done", Attribute.BYTES, 4_000_000L);
        phase(store, 12.6, I, "activate", "started");
        add(store, 12.6, EventKind.PROVISIONING, C, Attribute.PHASE, "activate", Attribute.STATE, "started");
        model.refresh();
        assertEquals("activate", p.step());
        assertEquals(4_000_000, p.lastSyncBytes());
        assertTrue(Double.isNaN(p.progress(Math.round(12.7 * S))), "no transfer under way");
        assertEquals("standby", p.cloneState());

        add(store, 14.6, EventKind.LIFECYCLE, C, Attribute.STATE, "running", Attribute.DETAIL, "active");
        phase(store, 14.6, I, "activate", "done");
        add(store, 14.6, EventKind.LIFECYCLE, I, Attribute.STATE, "paused", Attribute.DETAIL, "replaying");
        phase(store, 14.6, I, "replay", "started", Attribute.INPUT_EVENTS, 12L);
        phase(store, 14.7, I, "replay", "done", Attribute.INPUT_EVENTS, 12L);
        phase(store, 14.7, I, "cloud-run", "started");
        add(store, 14.7, EventKind.LIFECYCLE, I, Attribute.STATE, "paused", Attribute.DETAIL, "running-in-cloud");
        add(store, 20, EventKind.METRIC, I, Attribute.INPUT_EVENTS, 0L, Attribute.INPUT_BYTES, 0L, Attribute.PENDING_UP,
                0L, Attribute.PENDING_DOWN, 600_000L, Attribute.THRESHOLD, 524_288L);
        // a daemon sync past the threshold: its bytes come down, and it counts as a sync
        phase(store, 20, I, "negotiate", "started", Attribute.TRIGGER, "threshold");
        phase(store, 20.1, I, "negotiate", "done", Attribute.TRIGGER, "threshold", Attribute.CHUNKS, 70L,
                Attribute.CONFLICTS, 0L);
        phase(store, 20.1, I, "transfer", "started", Attribute.TRIGGER, "threshold");
        add(store, 20.5, EventKind.SYNC_TRANSFER, I, Attribute.BYTES, 650_000L, Attribute.DURATION, 4 * S / 10,
                Attribute.DIRECTION, "down");
        model.refresh();
        assertEquals("cloud-run", p.step(), "a daemon sync does not move the protocol's indicator");
        assertEquals("transfer", p.phase());
        assertEquals("threshold", p.trigger());
        assertEquals("active", p.cloneState());
        assertEquals(12, p.replayed());
        assertEquals(600_000, p.pendingDown());
        phase(store, 20.5, I, "transfer", "done", Attribute.TRIGGER, "threshold", Attribute.BYTES, 650_000L);
        add(store, 60, EventKind.LIFECYCLE, C, Attribute.STATE, "paused", Attribute.DETAIL, "standby");
        add(store, 60, EventKind.LIFECYCLE, I, Attribute.STATE, "paused", Attribute.DETAIL, "syncing-back");
        phase(store, 60, I, "sync-back", "started", Attribute.TRIGGER, "completion", Attribute.BYTES, 100_000L);
        model.refresh();
        assertEquals("sync-back", p.step());
        assertEquals(1, p.syncs());
        add(store, 60.2, EventKind.SYNC_TRANSFER, I, Attribute.BYTES, 100_000L, Attribute.DURATION, S / 5,
                Attribute.DIRECTION, "down");
        phase(store, 60.2, I, "sync-back", "done", Attribute.BYTES, 100_000L);
        add(store, 60.2, EventKind.LIFECYCLE, I, Attribute.STATE, "running", Attribute.DETAIL, "running");
        add(store, 60.2, EventKind.METRIC, "phone/cubie", Attribute.ENERGY, 30.0);
        add(store, 70.2, EventKind.METRIC, "phone/cubie", Attribute.ENERGY, 35.5);
        model.refresh();
        assertEquals("running", p.step());
        assertEquals("standby", p.cloneState());
        assertEquals(4_001_000, p.bytesUp());
        assertEquals(750_000, p.bytesDown());
        assertEquals(35.5, model.phones().get(0).energyJ());
        assertEquals(0.55, model.phones().get(0).powerW(), 1e-9, "5.5 J in 10 s");
        assertEquals(70.2 * S, model.now(), 1);

        // a replay scrubbed back: the store shrinks, the model starts over and shows that time again
        Replay replay = new Replay(store);
        model.setStore(replay.store());
        replay.scrubTo(11 * S);
        model.refresh();
        assertEquals("upload", model.pairs().get(0).step());
        replay.scrubTo(Math.round(10.3 * S));
        model.refresh();
        assertEquals(1, model.restarts());
        assertEquals("checkpoint", model.pairs().get(0).step());
    }

    /** A real sync (org.orrery.sync): phases and bytes, no protocol states; the two trees are the sides. */
    @Test
    void aRealSyncShowsItsPhasesAndBytes() {
        TelemetryStore store = new TelemetryStore();
        PhoneCloneModel model = new PhoneCloneModel();
        model.setStore(store);
        String s = "phoneinstance/t";
        phase(store, 0, s, "scan", "started");
        model.refresh();
        PhoneCloneModel.Pair p = model.pairs().get(0);
        assertTrue(p.real());
        assertEquals("scan", p.step());
        assertNull(p.clone());
        phase(store, 0.1, s, "scan", "done", Attribute.BYTES, 2_000_000L, Attribute.CHUNKS_TOTAL, 400L);
        phase(store, 0.1, s, "negotiate", "started");
        phase(store, 0.2, s, "negotiate", "done", Attribute.CHUNKS, 10L, Attribute.CHUNKS_TOTAL, 40L);
        phase(store, 0.2, s, "transfer", "started");
        add(store, 0.3, EventKind.SYNC_TRANSFER, s, Attribute.BYTES, 40_000L, Attribute.DURATION, S / 10,
                Attribute.DIRECTION, "up", Attribute.CHUNKS, 4L);
        model.refresh();
        assertEquals("transfer", p.step());
        assertEquals(0.4, p.progress(Math.round(0.3 * S)), 1e-9, "4 of the 10 negotiated chunks");
        add(store, 0.4, EventKind.SYNC_TRANSFER, s, Attribute.BYTES, 60_000L, Attribute.DURATION, S / 10,
                Attribute.DIRECTION, "down", Attribute.CHUNKS, 6L);
        phase(store, 0.4, s, "transfer", "done", Attribute.BYTES, 100_000L, Attribute.CHUNKS, 10L);
        phase(store, 0.4, s, "verify", "started");
        model.refresh();
        assertEquals("verify", p.step());
        phase(store, 0.5, s, "verify", "done");
        phase(store, 0.5, s, "install", "started");
        phase(store, 0.6, s, "install", "done");
        model.refresh();
        assertEquals("in-sync", p.step());
        assertEquals(40_000, p.bytesUp());
        assertEquals(60_000, p.bytesDown());
        assertEquals(2_000_000, p.scannedBytes());
        assertEquals(1, p.syncs());
        assertEquals(100_000, p.lastSyncBytes());
        phase(store, 1, s, "scan", "started");
        phase(store, 1.1, s, "scan", "failed", Attribute.REASON, "in use by another sync");
        model.refresh();
        assertEquals("failed", p.step());
        assertEquals("scan: in use by another sync", p.failure());
    }

    /** One phone's instance and clone at the start of a run; {@code phone} null: as recordings before the attribute. */
    private static void pair(TelemetryStore store, String phone, String instance, String clone) {
        if (phone == null) {
            add(store, 0, EventKind.LIFECYCLE, instance, Attribute.STATE, "running", Attribute.DETAIL, "running");
            add(store, 0, EventKind.LIFECYCLE, clone, Attribute.STATE, "paused", Attribute.DETAIL, "standby",
                    Attribute.CLONE_OF, instance, Attribute.SPEED_UP, 5.0);
        } else {
            add(store, 0, EventKind.LIFECYCLE, instance, Attribute.STATE, "running", Attribute.DETAIL, "running",
                    Attribute.PHONE, phone);
            add(store, 0, EventKind.LIFECYCLE, clone, Attribute.STATE, "paused", Attribute.DETAIL, "standby",
                    Attribute.CLONE_OF, instance, Attribute.SPEED_UP, 5.0, Attribute.PHONE, phone);
        }
    }

    /** Instances under the phone their events name, each phone with its own energy; in the order telemetry named them. */
    @Test
    void instancesAreGroupedUnderThePhoneTheirEventsName() {
        TelemetryStore store = new TelemetryStore();
        PhoneCloneModel model = new PhoneCloneModel();
        model.setStore(store);
        pair(store, "phone/a", "phoneinstance/a1", "vm/a1");
        pair(store, "phone/b", "phoneinstance/b1", "vm/b1");
        pair(store, "phone/a", "phoneinstance/a2", "vm/a2");
        add(store, 1, EventKind.METRIC, "phone/b", Attribute.ENERGY, 2.5);
        add(store, 1, EventKind.METRIC, "phone/a", Attribute.ENERGY, 4.0);
        model.refresh();
        List<PhoneCloneModel.Group> groups = model.groups();
        assertEquals(2, groups.size());
        assertEquals("phone/a", groups.get(0).phone().subject());
        assertEquals(List.of("phoneinstance/a1", "phoneinstance/a2"), groups.get(0).pairs().stream()
                .map(PhoneCloneModel.Pair::subject).toList());
        assertEquals(4.0, groups.get(0).phone().energyJ());
        assertEquals("phone/b", groups.get(1).phone().subject());
        assertEquals(List.of("phoneinstance/b1"), groups.get(1).pairs().stream().map(PhoneCloneModel.Pair::subject)
                .toList());
        assertEquals(2.5, groups.get(1).phone().energyJ());
        assertFalse(groups.get(0).inferred());
        assertEquals("phone/b", model.find("phoneinstance/b1").phone());
    }

    /**
     * A recording made before instances named their phone: with its one phone, the instances are shown
     * under it (marked as inferred); with two phones, which instance is whose cannot be told: they
     * are shown apart, under no phone. A real sync has no phone at all.
     */
    @Test
    void recordingsWithoutThePhoneAttributeStillShow() {
        TelemetryStore one = new TelemetryStore();
        PhoneCloneModel model = new PhoneCloneModel();
        model.setStore(one);
        add(one, 0, EventKind.MESSAGE, "phone/cubie", Attribute.TEXT, "energy model", "energyModel.radioActiveW", 1.0);
        pair(one, null, "phoneinstance/personal", "vm/personal");
        pair(one, null, "phoneinstance/corporate", "vm/corporate");
        add(one, 1, EventKind.METRIC, "phone/cubie", Attribute.ENERGY, 3.0);
        model.refresh();
        List<PhoneCloneModel.Group> groups = model.groups();
        assertEquals(1, groups.size());
        assertEquals("phone/cubie", groups.get(0).phone().subject());
        assertEquals(2, groups.get(0).pairs().size());
        assertTrue(groups.get(0).inferred());
        assertNull(model.find("phoneinstance/personal").phone(), "not invented in the pair itself");
        assertTrue(model.phones().get(0).parameters().isEmpty(), "nor the parameters it did not report");

        TelemetryStore two = new TelemetryStore();
        model.setStore(two);
        pair(two, null, "phoneinstance/x", "vm/x");
        add(two, 1, EventKind.METRIC, "phone/p", Attribute.ENERGY, 1.0);
        add(two, 1, EventKind.METRIC, "phone/q", Attribute.ENERGY, 2.0);
        model.refresh();
        groups = model.groups();
        assertEquals(3, groups.size(), "two phones, and the instance of neither known");
        assertTrue(groups.get(0).pairs().isEmpty());
        assertNull(groups.get(2).phone());
        assertEquals("phoneinstance/x", groups.get(2).pairs().get(0).subject());

        TelemetryStore real = new TelemetryStore();
        model.setStore(real);
        phase(real, 0, "phoneinstance/t", "scan", "started");
        model.refresh();
        assertEquals(1, model.groups().size());
        assertNull(model.groups().get(0).phone());
    }

    /** The values a run used: at its start, changed by the scenario (when), and what its description marks. */
    @Test
    void parametersFromTelemetryAndOverridesFromTheRunsDescription() {
        TelemetryStore store = new TelemetryStore();
        PhoneCloneModel model = new PhoneCloneModel();
        model.setStore(store);
        model.setAbout(Map.of("phones", List.of(Map.of("subject", "phone/cubie", "parameters", List.of(
                Map.of("name", "wifiMbps", "value", 5.0, "unit", "Mbit/s", "assumption", true, "override", true,
                        "model", 20.0),
                Map.of("name", "thresholdKiB", "value", 512.0, "unit", "KiB", "assumption", true),
                Map.of("name", "inputEventRate", "value", 10.0, "unit", "1/s", "assumption", true, "swept",
                        true))))));
        add(store, 0, EventKind.MESSAGE, "phone/cubie", Attribute.TEXT, "phone parameters: ...",
                "parameter.wifiMbps", 5.0, "parameter.wifiLatencyMs", 5.0, "parameter.thresholdKiB", 512.0,
                "parameter.inputEventRate", 10.0);
        add(store, 120, EventKind.MESSAGE, "phone/cubie", Attribute.TEXT, "thresholdKiB set to 2048",
                "parameter.thresholdKiB", 2048.0);
        model.refresh();
        PhoneCloneModel.Phone phone = model.phones().get(0);
        assertEquals(2048.0, phone.parameters().get("thresholdKiB"), "in use now");
        assertEquals(512.0, phone.startParameters().get("thresholdKiB"), "at the start");
        assertEquals(Map.of("thresholdKiB", 120 * S), phone.changedAt());
        PhoneCloneModel.RunParameter wifi = model.described("phone/cubie").get("wifiMbps");
        assertTrue(wifi.override());
        assertEquals(20.0, wifi.model());
        assertFalse(model.described("phone/cubie").get("thresholdKiB").override());
        assertTrue(model.described("phone/cubie").get("inputEventRate").swept());
        assertEquals(List.of("phone/cubie"), model.describedPhones());
        model.setAbout(Map.of());
        assertTrue(model.described("phone/cubie").isEmpty(), "a run that says nothing marks nothing");
    }
}
