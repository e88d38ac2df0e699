package org.orrery.ui.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.monitor.LabHost;
import org.orrery.libvirt.monitor.LabMonitor;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/** The run-queue view on a simulated SBCO run and on a real host's placement telemetry. */
class RunQueueViewTest {

    @AfterEach
    void noRun() throws Exception {
        view().stop();
        RunSessions.show(null);
        UiTestSupport.pump(100); // the view forgets the run (asynchronously): no frame of it seen by the next test
    }

    /**
     * Start runs the SBCO demonstration: eight columns fill with the queues, SBCO's skips show,
     * the ordinates count the running thread, and the picture has colour. Screenshot:
     * run-queues-sbco.png.
     */
    @Test
    void showsASimulatedSbcoRun() throws Exception {
        RunQueueView view = view();
        view.choose("SBCO", "max");
        view.start();
        RunSession run = RunSessions.current();
        assertTrue(run.name().startsWith("SBCO"), run.name());
        UiTestSupport.waitUntil("a second of simulated scheduling", 60_000, () -> run.store().endTime() > 1_000_000_000L);
        view.choose("SBCO", "0.05x");
        UiTestSupport.pump(2_500);
        RunQueueFrame frame = view.frame();
        assertNotNull(frame);
        assertFalse(frame.real());
        assertEquals(8, frame.columns().size());
        int blocks = 0;
        for (RunQueueFrame.Column c : frame.columns()) {
            int expected = 0;
            for (RunQueueFrame.Block b : c.blocks()) {
                if (b.running()) {
                    assertEquals(0, b.ordinate());
                    expected = 1;
                } else {
                    assertEquals(expected++, b.ordinate(), "ordinates of " + c.subject());
                }
                if (b.subject().startsWith("vm/")) {
                    blocks++; // the host's own threads (host/kthread<c>) come and go in a few per cent of frames
                }
            }
            assertTrue(Double.isFinite(c.threshold()));
        }
        assertEquals(24, blocks, "4 Kernbench vCPUs and 20 hog threads, all runnable");
        assertFalse(frame.gantt().isEmpty());
        assertFalse(frame.counters().isEmpty());
        assertTrue(frame.vms().containsKey("vm/kernbench"));
        view.showTree(0);
        Path shot = screenshot("run-queues-sbco");
        assertTrue(shot.toFile().length() > 10_000);
    }

    /**
     * A real host (as the libvirt lab monitor reports it: VCPU_STATE with pcpu and run-queue wait,
     * no RUN_QUEUE) is drawn as placement, with the note that queue order is not visible.
     * Screenshot: run-queues-real-host.png.
     */
    @Test
    void showsARealHostsPlacement() throws Exception {
        RunQueueView view = view();
        TelemetryStore store = new TelemetryStore();
        for (int second = 0; second <= 5; second++) {
            long t = second * 1_000_000_000L;
            for (int vm = 0; vm < 3; vm++) {
                for (int v = 0; v < 4; v++) {
                    Map<String, Object> a = new HashMap<>();
                    boolean running = (v + second + vm) % 3 != 0;
                    a.put(Attribute.STATE, running ? "running" : "blocked");
                    a.put(Attribute.PCPU, (long) ((vm * 4 + v + second) % 8));
                    a.put(Attribute.HOST, "qemu:///system");
                    a.put(RunQueueFrame.RUN_QUEUE_WAIT, 0.05 * v);
                    store.append(new TelemetryEvent(t, EventKind.VCPU_STATE, "vm/guest" + vm + "/vcpu" + v, a));
                }
            }
        }
        RunSessions.show(new RunSession("lab host", "libvirt", -1, store));
        UiTestSupport.waitUntil("the placement frame", 10_000, () -> view.frame() != null && view.frame().real());
        RunQueueFrame frame = view.frame();
        int placed = frame.columns().stream().mapToInt(c -> c.blocks().size()).sum();
        assertEquals(12, placed);
        assertTrue(frame.columns().size() <= 8);
        screenshot("run-queues-real-host");
    }

    /**
     * The same view on libvirt itself: the lab monitor samples a host of libvirt's test driver (8
     * CPUs, three running 4-vCPU domains) into telemetry, and the view places every vCPU on the
     * pCPU libvirt reports. Screenshot: run-queues-libvirt-test-driver.png.
     */
    @Test
    void showsAHostSampledThroughLibvirt(@TempDir Path dir) throws Exception {
        RunQueueView view = view();
        StringBuilder domains = new StringBuilder();
        for (int d = 0; d < 3; d++) {
            domains.append("<domain type='test'><name>guest").append(d)
                    .append("</name><memory>524288</memory><vcpu>4</vcpu><os><type>hvm</type></os></domain>");
        }
        Path node = dir.resolve("lab.xml");
        Files.writeString(node, """
                <node>
                  <cpu><nodes>1</nodes><sockets>2</sockets><cores>4</cores><threads>1</threads>
                    <mhz>2000</mhz><model>x86_64</model></cpu>
                  <memory>8388608</memory>
                  %s
                </node>
                """.formatted(domains));
        TelemetryStore store = new TelemetryStore();
        try (ConnectionManager manager = ConnectionManager.libvirt(store);
                LabMonitor monitor = new LabMonitor(manager, List.of(new LabHost("lab", "lab", "test://" + node)))) {
            for (int i = 0; i < 3; i++) {
                monitor.sampleNow();
                Thread.sleep(200);
            }
            RunSessions.show(new RunSession("test://" + node.getFileName(), "libvirt", -1, store));
            UiTestSupport.waitUntil("the libvirt placement", 10_000, () -> view.frame() != null && view.frame().real());
            int placed = view.frame().columns().stream().mapToInt(c -> c.blocks().size()).sum();
            assertEquals(12, placed, "every vCPU of the three domains");
            screenshot("run-queues-libvirt-test-driver");
        }
    }

    /**
     * A lab watching two hypervisors puts both hosts' vCPUs in one store, and their pCPU numbers
     * are unrelated: the view shows one host at a time (the first by URI, or the one asked for),
     * with a column per pCPU the host's metrics report, each vCPU with its CPU share, wait and
     * libvirt's delay counter; the header names the host.
     */
    @Test
    void showsOneRealHostAtATime() throws Exception {
        RunQueueView view = view();
        TelemetryStore store = new TelemetryStore();
        String a = "qemu+ssh://lab-a/system";
        String b = "qemu+ssh://lab-b/system";
        for (int second = 0; second <= 3; second++) {
            long t = second * 1_000_000_000L;
            for (int v = 0; v < 3; v++) {
                store.append(vcpu(t, "vm/web/vcpu" + v, a, v, 0.1 * v, second * 100_000_000L * v));
            }
            store.append(vcpu(t, "vm/db/vcpu0", b, 1, 0.5, second * 500_000_000L));
            store.append(new TelemetryEvent(t, EventKind.METRIC, "host/lab-a",
                    Map.of(Attribute.HOST, a, Attribute.PCPUS, 8L, Attribute.CPU_LOAD, 0.25, Attribute.VM_COUNT, 1L)));
            store.append(new TelemetryEvent(t, EventKind.METRIC, "host/lab-b",
                    Map.of(Attribute.HOST, b, Attribute.PCPUS, 2L, Attribute.CPU_LOAD, 0.5, Attribute.VM_COUNT, 1L)));
        }
        RunSessions.show(new RunSession("Lab: two hosts", "libvirt", -1, store));
        UiTestSupport.waitUntil("host a", 10_000, () -> view.frame() != null && a.equals(view.frame().host()));
        RunQueueFrame frame = view.frame();
        assertEquals(Map.of(a, "lab-a", b, "lab-b"), frame.hosts());
        assertEquals(8, frame.columns().size(), "a column per pCPU of lab-a, busy or not");
        assertEquals(List.of("vm/web/vcpu0", "vm/web/vcpu1", "vm/web/vcpu2"), frame.columns().stream()
                .flatMap(c -> c.blocks().stream()).map(RunQueueFrame.Block::subject).toList());
        assertEquals(Set.of(0, 1, 2), frame.gantt().keySet(), "lab-b's vCPU is not in lab-a's Gantt");

        view.showHost(b);
        frame = view.frame();
        assertEquals(b, frame.host());
        assertEquals(2, frame.columns().size());
        RunQueueFrame.Block db = frame.columns().get(1).blocks().get(0);
        assertEquals("vm/db/vcpu0", db.subject());
        assertEquals(0.5, db.queueWait());
        assertEquals(0.4, db.cpuShare());
        assertEquals(1_500_000_000L, db.delay());
        UiTestSupport.pump(200); // painted
        assertTrue(view.headerTexts().get(0).startsWith("lab-b (" + b + ") at 3.000 s"), view.headerTexts().toString());
        assertTrue(view.headerTexts().contains("1 vCPU of 1 VM on 2 pCPUs (0.5 per pCPU)   host CPU in use 50%   "
                + "run-queue wait: mean 50%, highest 50%"), view.headerTexts().toString());
        screenshot("run-queues-real-host-chosen");
    }

    private static TelemetryEvent vcpu(long time, String subject, String host, int pcpu, double wait, long delay) {
        return new TelemetryEvent(time, EventKind.VCPU_STATE, subject, Map.of(Attribute.STATE, "running",
                Attribute.PCPU, (long) pcpu, Attribute.HOST, host, Attribute.CPU_LOAD, 0.4,
                Attribute.RUN_QUEUE_WAIT, wait, Attribute.RUN_QUEUE_DELAY, delay));
    }

    private static Path screenshot(String name) throws Exception {
        return UiTestSupport.windowScreenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name)
                .file();
    }

    private static RunQueueView view() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunQueueView view = (RunQueueView) page.showView(RunQueueView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        return view;
    }
}
