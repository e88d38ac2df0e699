package org.orrery.ui.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    private static Path screenshot(String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(true);
        UiTestSupport.pump(600);
        ImageData data = UiTestSupport.capture(shell);
        Rectangle middle = new Rectangle(data.width / 4, data.height / 4, data.width / 2, data.height / 2);
        assertTrue(UiTestSupport.distinctColours(data, middle) > 8, "the view is drawn, not blank");
        return UiTestSupport.save(data, name);
    }

    private static RunQueueView view() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunQueueView view = (RunQueueView) page.showView(RunQueueView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        return view;
    }
}
