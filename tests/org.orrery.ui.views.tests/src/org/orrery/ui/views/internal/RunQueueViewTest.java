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
                blocks++;
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
