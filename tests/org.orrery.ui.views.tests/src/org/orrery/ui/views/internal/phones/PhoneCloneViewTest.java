package org.orrery.ui.views.internal.phones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.model.Experiment;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.sim.Simulation;
import org.orrery.sync.ChunkParams;
import org.orrery.sync.InProcessTransport;
import org.orrery.sync.RemoteEndpoint;
import org.orrery.sync.ForwardingTransport;
import org.orrery.sync.Transport;
import org.orrery.sync.LocalEndpoint;
import org.orrery.sync.SyncEngine;
import org.orrery.sync.SyncReport;
import org.orrery.sync.TreePaths;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.io.TraceFile;
import org.orrery.telemetry.replay.Replay;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * Phone Clones in the workbench: the amphone sample's offload simulated into a store shown in the
 * view (its phases in the protocol's order, its numbers equal to the run's own; then saved as a
 * trace file and replayed: the same numbers, and scrubbed back, the upload again), and a real sync
 * of two temporary folders by org.orrery.sync's engine (its bytes equal to the engine's report).
 * Screenshots in target/screenshots: phones-simulated-upload.png, phones-simulated-cloud.png,
 * phones-real-sync.png (during its transfer), phones-real-sync-end.png (the workbench window with the
 * view maximized).
 */
class PhoneCloneViewTest {

    private static final long S = 1_000_000_000L;
    private static final int SETTLE_MS = 300;

    @AfterEach
    void noRun() {
        RunSessions.show(null);
    }

    @Test
    void aSimulatedOffloadIsShownPhaseByPhase(@TempDir Path dir) throws Exception {
        PhonePlan plan = phonePlan("amphone-two-instances.orrery", "ex-offload", dir);
        TelemetryStore store = new TelemetryStore();
        PhoneRun.Prepared run = PhoneRun.prepare(plan, null, store);
        Simulation sim = run.simulation();
        PhoneCloneView view = open();
        RunSessions.show(new RunSession("Offload the personal instance", "simulation", plan.seed(), store));

        // Event by event through the offload, the pure model beside the view: the indicator's
        // steps in the protocol's order, each once
        PhoneCloneModel model = new PhoneCloneModel();
        model.setStore(store);
        List<String> steps = new ArrayList<>();
        boolean shotUpload = false;
        boolean shotCloud = false;
        double uploadProgress = Double.NaN;
        long cloudStart = -1;
        while (sim.nextEventTime() >= 0 && sim.nextEventTime() <= plan.duration()) {
            sim.step();
            model.refresh();
            PhoneCloneModel.Pair personal = model.find("phoneinstance/inst-personal");
            if (personal == null) {
                continue;
            }
            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(personal.step())) {
                steps.add(personal.step());
            }
            double progress = personal.progress(sim.now());
            if (!shotUpload && "upload".equals(personal.step()) && progress > 0.3 && progress < 0.9) {
                shotUpload = true;
                uploadProgress = shoot(view, store, "phones-simulated-upload").find("phoneinstance/inst-personal")
                        .progress(store.get(store.size() - 1).time());
            }
            if ("cloud-run".equals(personal.step()) && cloudStart < 0) {
                cloudStart = sim.now();
            }
            if (!shotCloud && "cloud-run".equals(personal.step()) && sim.now() > cloudStart + 3 * S) {
                shotCloud = true;
                PhoneCloneModel shown = shoot(view, store, "phones-simulated-cloud");
                assertEquals("active", shown.find("phoneinstance/inst-personal").cloneState());
            }
        }
        sim.runUntil(plan.duration());
        run.finish();
        assertTrue(shotUpload, "a screenshot during the upload, steps " + steps);
        assertTrue(shotCloud, "a screenshot during the cloud run, steps " + steps);
        assertTrue(uploadProgress > 0 && uploadProgress < 1, "mid-upload progress: " + uploadProgress);
        assertEquals(List.of("running", "checkpoint", "upload", "activate", "replay", "cloud-run", "sync-back",
                "running"), steps);

        // At the end: the view's numbers are the run's own
        waitFor(view, store);
        PhoneCloneModel shown = view.model();
        assertEquals(2, shown.pairs().size(), "the sample's two instances");
        PhoneCloneModel.Pair p = shown.find("phoneinstance/inst-personal");
        assertEquals("vm/clone-personal", p.clone());
        assertEquals(1, p.offloads());
        assertEquals("running", p.step());
        assertEquals("standby", p.cloneState());
        long up = 0;
        long down = 0;
        long replayed = 0;
        for (TelemetryEvent e : store.query(TimeRange.ALL, e -> "phoneinstance/inst-personal".equals(e.subject()))) {
            if (e.kind() == EventKind.SYNC_TRANSFER) {
                if ("down".equals(e.text(Attribute.DIRECTION))) {
                    down += (long) e.number(Attribute.BYTES, 0);
                } else {
                    up += (long) e.number(Attribute.BYTES, 0);
                }
            }
            if (e.kind() == EventKind.SYNC_PHASE && "replay".equals(e.text(Attribute.PHASE))
                    && "done".equals(e.text(Attribute.STATE))) {
                replayed += (long) e.number(Attribute.INPUT_EVENTS, 0);
            }
        }
        assertTrue(up > 8_000_000, "the checkpoint (8 MiB of state) went up: " + up);
        assertEquals(up, p.bytesUp());
        assertEquals(down, p.bytesDown());
        assertEquals(replayed, p.replayed());
        assertTrue(p.replayed() > 0, "input captured while suspended was replayed");
        assertTrue(p.speedUp() >= 5 && p.speedUp() <= 12, "amphone.md's 5-12x: " + p.speedUp());
        PhoneCloneModel.Phone phone = shown.phones().get(0);
        TelemetryEvent lastEnergy = store.query(TimeRange.ALL, e -> e.kind() == EventKind.METRIC
                && e.attributes().containsKey(Attribute.ENERGY)).getLast();
        assertEquals(lastEnergy.number(Attribute.ENERGY, -1), phone.energyJ(), 1e-9);
        assertEquals(6, phone.energyModel().size(), "the energy model's six parameters: " + phone.energyModel());
        assertTrue(view.energyTooltip().contains("ASSUMED"), view.energyTooltip());
        assertTrue(view.energyTooltip().contains("radioActiveW = 1"), view.energyTooltip());

        // Recorded: the run saved as a trace file and replayed to its end shows the same numbers,
        // and scrubbed back into the upload, the upload again
        Path trace = dir.resolve("phone.trace.jsonl");
        TraceFile.write(trace, java.util.Map.of("name", "phone", "seed", plan.seed()), store);
        Replay replay = new Replay(TraceFile.read(trace).store());
        replay.scrubTo(replay.endTime());
        RunSessions.show(new RunSession("Recorded offload", "replay", plan.seed(), replay.store()));
        waitFor(view, replay.store());
        PhoneCloneModel.Pair recorded = view.model().find("phoneinstance/inst-personal");
        assertEquals(up, recorded.bytesUp());
        assertEquals(down, recorded.bytesDown());
        assertEquals(p.replayed(), recorded.replayed());
        assertEquals(phone.energyJ(), view.model().phones().get(0).energyJ(), 1e-9);
        long uploadStart = store.query(TimeRange.ALL, e -> e.kind() == EventKind.SYNC_PHASE
                && "upload".equals(e.text(Attribute.PHASE))).get(0).time();
        // (the count is the view's: other tests' scrubbing, with the view open, counts too)
        int restarts = view.model().restarts();
        replay.scrubTo(uploadStart + S / 2);
        waitFor(view, replay.store());
        assertEquals("upload", view.model().find("phoneinstance/inst-personal").step());
        assertEquals(restarts + 1, view.model().restarts(), "the replay went back: the view started over");
    }

    /**
     * Two phones on one run, each with its own instances: each phone's energy and parameters above
     * its own pairs. Then a recording as they were written before instances named their phone (the
     * sample's two-instance run with the {@code phone} attribute and the parameter messages taken
     * out): still shown, its instances under its one phone, marked as inferred. Screenshots:
     * phones-two-phones.png, phones-old-recording.png.
     */
    @Test
    void eachPhoneIsShownAboveItsOwnInstancesAndOldRecordingsStillShow(@TempDir Path dir) throws Exception {
        TelemetryStore store = new TelemetryStore();
        Simulation sim = new Simulation(5, store);
        org.orrery.sim.network.FlowNetwork network = new org.orrery.sim.network.FlowNetwork(sim);
        org.orrery.sim.phone.PhoneSim cubie = new org.orrery.sim.phone.PhoneSim(sim, network, "phone/cubie",
                org.orrery.sim.phone.PhoneParameters.DEFAULT);
        org.orrery.sim.phone.PhoneSim tablet = new org.orrery.sim.phone.PhoneSim(sim, network, "phone/tablet",
                org.orrery.sim.phone.PhoneParameters.DEFAULT.withWifiMbps(5).withThresholdKiB(256));
        org.orrery.sim.phone.PhoneInstanceSim personal = cubie.addInstance("phoneinstance/personal",
                "vm/clone-personal", 5);
        cubie.addInstance("phoneinstance/corporate", "vm/clone-corporate", 5);
        org.orrery.sim.phone.PhoneInstanceSim work = tablet.addInstance("phoneinstance/tablet-work",
                "vm/clone-tablet-work", 8);
        cubie.start();
        tablet.start();
        sim.scheduleAt(5 * S, x -> personal.offload(60));
        sim.scheduleAt(8 * S, x -> work.offload(100));
        sim.runUntil(30 * S);
        cubie.finish();
        tablet.finish();
        PhoneCloneView view = open();
        RunSessions.show(new RunSession("Two phones", "simulation", 5, store));
        waitFor(view, store);
        List<PhoneCloneModel.Group> groups = view.model().groups();
        assertEquals(2, groups.size(), "one group per phone");
        assertEquals("phone/cubie", groups.get(0).phone().subject());
        assertEquals(List.of("phoneinstance/personal", "phoneinstance/corporate"), groups.get(0).pairs().stream()
                .map(PhoneCloneModel.Pair::subject).toList());
        assertEquals("phone/tablet", groups.get(1).phone().subject());
        assertEquals(List.of("phoneinstance/tablet-work"), groups.get(1).pairs().stream()
                .map(PhoneCloneModel.Pair::subject).toList());
        assertEquals(cubie.energyJ(), groups.get(0).phone().energyJ(), 1e-9, "the cubie's own energy");
        assertEquals(tablet.energyJ(), groups.get(1).phone().energyJ(), 1e-9, "the tablet's own energy");
        assertEquals(5.0, groups.get(1).phone().parameters().get("wifiMbps"));
        assertEquals(256.0, groups.get(1).phone().parameters().get("thresholdKiB"));
        assertEquals("vm/clone-tablet-work", groups.get(1).pairs().get(0).clone());
        shoot(view, store, "phones-two-phones");
        // the second phone's group, scrolled to (maximized: the channels beside the sides)
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.pump(SETTLE_MS * 2L);
        view.scrollTo(10_000);
        UiTestSupport.pump(SETTLE_MS);
        UiTestSupport.save(UiTestSupport.capture(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()),
                "phones-two-phones-scrolled");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        assertTrue(view.controls().message().contains("Values of phone/cubie; a re-run sets every phone alike"),
                view.controls().message());

        // recorded before instances named their phone
        PhonePlan plan = phonePlan("amphone-two-instances.orrery", "ex-two-instances", dir);
        TelemetryStore now = new TelemetryStore();
        PhoneRun.run(plan, null, now);
        TelemetryStore old = new TelemetryStore();
        for (TelemetryEvent e : now.query(TimeRange.ALL, e -> true)) {
            if (e.attributes().keySet().stream().anyMatch(k -> k.startsWith(Attribute.PHONE_PARAMETER + "."))) {
                continue; // the simulator did not report the parameters then
            }
            java.util.Map<String, Object> a = new java.util.LinkedHashMap<>(e.attributes());
            a.remove(Attribute.PHONE);
            old.append(new TelemetryEvent(e.time(), e.kind(), e.subject(), a));
        }
        Path trace = dir.resolve("old.trace.jsonl");
        TraceFile.write(trace, java.util.Map.of("name", "before the phone attribute", "seed", 1L), old);
        assertTrue(!Files.readString(trace).contains("\"phone\":"), "no phone attribute in the file");
        Replay replay = new Replay(TraceFile.read(trace).store());
        replay.scrubTo(replay.endTime());
        RunSessions.show(new RunSession("Recording old.trace.jsonl", "replay", 1, replay.store()));
        waitFor(view, replay.store());
        groups = view.model().groups();
        assertEquals(1, groups.size());
        assertTrue(groups.get(0).inferred(), "under its only phone, by inference");
        assertEquals(2, groups.get(0).pairs().size());
        double energy = now.query(TimeRange.ALL, e -> e.kind() == EventKind.METRIC
                && e.attributes().containsKey(Attribute.ENERGY)).getLast().number(Attribute.ENERGY, -1);
        assertEquals(energy, groups.get(0).phone().energyJ(), 1e-9);
        assertTrue(groups.get(0).phone().parameters().isEmpty(), "it did not report its parameters");
        assertTrue(!view.controls().control().getVisible(), "no values to show: no controls");
        shoot(view, replay.store(), "phones-old-recording");
    }

    @Test
    void aRealSyncIsShownWithItsBytes(@TempDir Path dir) throws Exception {
        Path phoneTree = Files.createDirectories(dir.resolve("phone"));
        Path cloneTree = Files.createDirectories(dir.resolve("clone"));
        Random random = new Random(9);
        for (int i = 0; i < 8; i++) {
            byte[] data = new byte[256 * 1024];
            random.nextBytes(data);
            Files.write(phoneTree.resolve("file-" + i + ".bin"), data);
        }
        byte[] cloneData = new byte[100 * 1024];
        random.nextBytes(cloneData);
        Files.write(cloneTree.resolve("result.bin"), cloneData);

        TelemetryStore store = new TelemetryStore();
        PhoneCloneView view = open();
        RunSessions.show(new RunSession("Real sync of two folders", "sync", -1, store));
        String subject = "phoneinstance/real";

        // The first sync on another thread, over a link that holds its 3rd chunk batch until the
        // screenshot is taken: the view is caught in the middle of the transfer
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SyncReport[] first = new SyncReport[1];
        Throwable[] failed = new Throwable[1];
        Thread syncing = new Thread(() -> {
            try (LocalEndpoint c = LocalEndpoint.open("clone", cloneTree, ChunkParams.DEFAULT);
                    LocalEndpoint p = LocalEndpoint.open("phone", phoneTree, ChunkParams.DEFAULT);
                    RemoteEndpoint remote = new RemoteEndpoint(new HeldLink(new InProcessTransport(c), 3, held,
                            release))) {
                first[0] = new SyncEngine(p, remote, phoneTree.resolve(TreePaths.CONTROL).resolve("base-clone"), store,
                        subject).batchBytes(256 << 10).sync();
            } catch (Throwable t) {
                failed[0] = t;
                held.countDown();
            }
        }, "real sync");
        syncing.start();
        assertTrue(held.await(60, TimeUnit.SECONDS), "the sync reached its 3rd batch");
        assertEquals(null, failed[0]);
        PhoneCloneModel during = shoot(view, store, "phones-real-sync");
        PhoneCloneModel.Pair mid = during.find(subject);
        assertEquals("transfer", mid.step(), "caught during the transfer");
        double progress = mid.progress(during.now());
        assertTrue(progress > 0 && progress < 1, "part of the negotiated chunks are sent: " + progress);
        release.countDown();
        syncing.join(60_000);
        assertEquals(null, failed[0]);

        waitFor(view, store);
        PhoneCloneModel.Pair p = view.model().find(subject);
        assertNotNull(p, "the sync's subject is a pair");
        assertTrue(p.real());
        assertEquals("in-sync", p.step());
        assertEquals(1, p.syncs());
        // everything the engine reported on the air, by direction: the view shows the same bytes
        long up = transferred(store, "up");
        long down = transferred(store, "down");
        assertTrue(up >= 8 * 256 * 1024, "the phone's 2 MiB went up: " + up);
        assertTrue(down >= 100 * 1024, "the clone's result came down: " + down);
        assertEquals(up, p.bytesUp());
        assertEquals(down, p.bytesDown());
        assertEquals(first[0].bytesScanned(), p.scannedBytes());

        // one region changed on the phone: the second sync sends only its chunks, and the view adds them
        byte[] region = new byte[4096];
        random.nextBytes(region);
        try (var ch = java.nio.channels.FileChannel.open(phoneTree.resolve("file-3.bin"),
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(region), 100_000);
        }
        sync(phoneTree, cloneTree, store, subject);
        waitFor(view, store);
        assertEquals(2, p.syncs());
        long secondUp = p.bytesUp() - up;
        assertEquals(transferred(store, "up") - up, secondUp);
        assertTrue(secondUp >= 4096 && secondUp < 4096 + 2 * 64 * 1024, "only the changed chunks: " + secondUp);
        assertEquals(secondUp, p.lastSyncBytes() - (p.bytesDown() - down), "the last transfer phase's bytes");
        shoot(view, store, "phones-real-sync-end");
    }

    /**
     * A link that holds the {@code holdAt}-th chunk batch (a request far larger than any other
     * message) until released, so the test can look at the view in the middle of a real transfer.
     */
    private static final class HeldLink extends ForwardingTransport {
        private final int holdAt;
        private final CountDownLatch held;
        private final CountDownLatch release;
        private int batches;

        HeldLink(Transport inner, int holdAt, CountDownLatch held, CountDownLatch release) {
            super(inner);
            this.holdAt = holdAt;
            this.held = held;
            this.release = release;
        }

        @Override
        public byte[] call(byte[] request) throws java.io.IOException {
            if (request.length > 64 * 1024 && ++batches == holdAt) {
                held.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.IOException("interrupted");
                }
            }
            return inner.call(request);
        }
    }

    private static SyncReport sync(Path phone, Path clone, TelemetryStore store, String subject) {
        try (LocalEndpoint p = LocalEndpoint.open("phone", phone, ChunkParams.DEFAULT);
                LocalEndpoint c = LocalEndpoint.open("clone", clone, ChunkParams.DEFAULT)) {
            return new SyncEngine(p, c, phone.resolve(TreePaths.CONTROL).resolve("base-clone"), store, subject).sync();
        }
    }

    private static long transferred(TelemetryStore store, String direction) {
        return store.query(TimeRange.ALL, e -> e.kind() == EventKind.SYNC_TRANSFER
                && direction.equals(e.text(Attribute.DIRECTION))).stream()
                .mapToLong(e -> (long) e.number(Attribute.BYTES, 0)).sum();
    }

    private static PhonePlan phonePlan(String sample, String experimentId, Path dir) throws Exception {
        Path copy = dir.resolve(sample);
        try (InputStream in = FileLocator.find(Platform.getBundle("org.orrery.model"),
                new org.eclipse.core.runtime.Path("samples/" + sample)).openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        World world = OrreryResources.load(copy);
        Experiment experiment = world.getExperiments().stream().filter(e -> experimentId.equals(e.getId()))
                .findFirst().orElseThrow();
        return ModelBridge.bridge(experiment).phone();
    }

    private static PhoneCloneView open() throws Exception {
        IWorkbenchPage page = page();
        PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        return (PhoneCloneView) page.showView(PhoneCloneView.ID);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Lets the view's timer read every event of {@code store} (no call of ours: the view's own tick). */
    private static void waitFor(PhoneCloneView view, TelemetryStore store) {
        UiTestSupport.waitUntil("the view to read all " + store.size() + " events", 20_000,
                () -> view.model().scanned() == store.size());
        UiTestSupport.pump(SETTLE_MS);
    }

    /**
     * The view, maximized in the maximized window, after its timer read the store: a screenshot of
     * the window, a check that the canvas is drawn; the view's model as shown.
     */
    private static PhoneCloneModel shoot(PhoneCloneView view, TelemetryStore store, String name) throws Exception {
        waitFor(view, store);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(true);
        IWorkbenchPage page = page();
        // first where it opens, in the live folder (narrow: the channels go under the two sides)
        page.bringToTop(view);
        UiTestSupport.pump(SETTLE_MS * 2L);
        UiTestSupport.save(UiTestSupport.capture(shell), name + "-folder");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.pump(SETTLE_MS * 3L);
        UiTestSupport.save(UiTestSupport.capture(shell), name);
        ImageData data = UiTestSupport.capture(view.canvas());
        assertTrue(UiTestSupport.distinctColours(data, new Rectangle(0, 0, data.width, data.height)) > 8,
                "the view is drawn, not blank");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        return view.model();
    }
}
