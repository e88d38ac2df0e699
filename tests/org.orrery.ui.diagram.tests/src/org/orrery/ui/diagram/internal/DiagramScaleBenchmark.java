package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.NetworkLink;
import org.orrery.model.OrreryFactory;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.Router;
import org.orrery.model.Site;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.testing.UiTestSupport;

/**
 * Scale benchmark of the diagram (issue 5): a generated model of 200 hosts and 2,000 VMs (4
 * sites of 50 hosts with 8 pCPUs, 10 VMs of 2 vCPUs per host, a router per site and a link per
 * host) is opened in the editor, first without a layout (automatic layout), then three times
 * with the layout it saved (the median counts), after a warm-up open of the teaching lab (the
 * first editor of a session also loads the classes of GEF and the editor); then full repaints
 * of the editor's canvas are timed at 100% and at "fit" zoom, 15 each. Prints the figures and
 * the machine. Targets: open under 2 s, repaint under 50 ms.
 * <p>
 * Not part of the default test run (its name does not end in Test). Run it with (see README.md):
 * {@code ./mvnw -B verify -pl tests/org.orrery.ui.diagram.tests -am -Dtest=DiagramScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DiagramScaleBenchmark {

    private static final int SITES = 4;
    private static final int HOSTS_PER_SITE = 50;
    private static final int VMS_PER_HOST = 10;
    private static final int REPAINTS = 15;

    @TempDir
    Path dir;

    @Test
    void openAndRepaintTwoHundredHostsAndTwoThousandVms() throws Exception {
        IWorkbenchPage page = DiagramTestSupport.page();
        page.getWorkbenchWindow().getShell().setSize(1280, 800);
        Path file = dir.resolve("scale.orrery");
        OrreryResources.save(generate(), file);
        // Warm-up: the first editor of a session loads GEF's and the editor's classes; time what follows.
        DiagramTestSupport.open(DiagramTestSupport.sample("teaching-lab.orrery", dir));
        page.closeAllEditors(false);
        UiTestSupport.pump(200);

        long t0 = System.nanoTime();
        DeploymentEditor editor = DiagramTestSupport.open(file);
        settle(editor);
        double openNoLayout = ms(t0);
        assertEquals(SITES * HOSTS_PER_SITE, DiagramTestSupport.count(editor, NodeKind.HOST));
        assertEquals(SITES * HOSTS_PER_SITE * VMS_PER_HOST, DiagramTestSupport.count(editor, NodeKind.VIRTUAL_MACHINE));
        editor.doSave(new NullProgressMonitor());
        page.closeAllEditors(false);
        UiTestSupport.pump(300);

        double[] opens = new double[3];
        for (int i = 0; i < opens.length; i++) {
            t0 = System.nanoTime();
            editor = DiagramTestSupport.open(file);
            settle(editor);
            opens[i] = ms(t0);
            if (i < opens.length - 1) {
                page.closeAllEditors(false);
                UiTestSupport.pump(300);
            }
        }
        double openWithLayout = median(opens);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
        zoom.setZoom(1.0);
        settle(editor);
        int straight = editor.router().straightLines();
        int lines = editor.world().getLinks().size();
        // What routing costs: every line routed again and its label placed, as after each command.
        double[] reroutes = new double[3];
        for (int i = 0; i < reroutes.length; i++) {
            long r0 = System.nanoTime();
            editor.rerouteLines();
            editor.viewer().getControl().update();
            settle(editor);
            reroutes[i] = ms(r0);
        }
        double[] actual = repaints(editor);
        double[] actualFigures = figurePaints(editor);
        zoom.setZoomAsText(ZoomManager.FIT_ALL);
        settle(editor);
        double fitZoom = zoom.getZoom();
        double[] fit = repaints(editor);
        double[] fitFigures = figurePaints(editor);
        UiTestSupport.save(UiTestSupport.capture(page.getWorkbenchWindow().getShell()), "benchmark-2000-vms-fit");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page.closeAllEditors(false);

        Control canvas = editor.viewer() == null ? null : editor.viewer().getControl();
        System.out.println("=== Diagram scale benchmark: " + SITES * HOSTS_PER_SITE + " hosts, "
                + SITES * HOSTS_PER_SITE * VMS_PER_HOST + " VMs, file " + Files.size(file) / 1024 + " KiB ===");
        System.out.println(machine());
        System.out.printf(Locale.ROOT, "open without layout (automatic layout): %.0f ms%n", openNoLayout);
        System.out.printf(Locale.ROOT, "open with saved layout:                 median %.0f ms of %s (target < 2000 ms)%n",
                openWithLayout, Arrays.toString(Arrays.stream(opens).mapToLong(Math::round).toArray()));
        System.out.printf(Locale.ROOT, "lines routed around boxes: %d of %d (the rest straight: more than %d boxes near them)%n",
                lines - straight, lines, org.orrery.ui.diagram.internal.figures.LineRouter.MAX_OBSTACLES);
        System.out.printf(Locale.ROOT, "re-routing all lines and placing their labels: median %.0f ms of %s%n", median(reroutes),
                Arrays.toString(Arrays.stream(reroutes).mapToLong(Math::round).toArray()));
        System.out.printf(Locale.ROOT, "full repaint at 100%%:                   median %.1f ms, max %.1f ms (target < 50 ms)%n",
                median(actual), max(actual));
        System.out.printf(Locale.ROOT, "full repaint at fit (%.0f%%):             median %.1f ms, max %.1f ms (target < 50 ms)%n",
                fitZoom * 100, median(fit), max(fit));
        System.out.printf(Locale.ROOT, "  of which painting the figures:  at 100%% median %.1f ms, at fit median %.1f ms%n",
                median(actualFigures), median(fitFigures));
        if (canvas != null) {
            System.out.println("canvas: " + canvas.getSize());
        }
    }

    /** Pumps until the editor painted and the event queue is empty. */
    private static void settle(DeploymentEditor editor) {
        Display display = Display.getCurrent();
        editor.viewer().getControl().update();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /**
     * Times of full repaints of the editor's canvas as the screen gets them: the whole canvas
     * invalidated, then the event loop run until its paint (Draw2D painting every visible figure
     * into its buffer and onto the canvas) has finished.
     */
    private static double[] repaints(DeploymentEditor editor) {
        Control canvas = editor.viewer().getControl();
        Display display = canvas.getDisplay();
        boolean[] painted = new boolean[1];
        // Added after Draw2D's own paint listener, so it runs once the figures are painted.
        Listener done = e -> painted[0] = true;
        canvas.addListener(SWT.Paint, done);
        double[] times = new double[REPAINTS];
        try {
            for (int i = 0; i < REPAINTS; i++) {
                UiTestSupport.pump(20);
                painted[0] = false;
                long t0 = System.nanoTime();
                canvas.redraw();
                while (!painted[0]) {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                }
                times[i] = ms(t0);
            }
        } finally {
            canvas.removeListener(SWT.Paint, done);
        }
        return times;
    }

    /** Times of painting every visible figure into an off-screen image: the drawing work alone. */
    private static double[] figurePaints(DeploymentEditor editor) {
        FigureCanvas canvas = (FigureCanvas) editor.viewer().getControl();
        IFigure root = canvas.getLightweightSystem().getRootFigure();
        org.eclipse.swt.graphics.Rectangle size = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), size.width, size.height);
        double[] times = new double[REPAINTS];
        try {
            for (int i = 0; i < REPAINTS; i++) {
                GC gc = new GC(image);
                SWTGraphics g = new SWTGraphics(gc);
                long t0 = System.nanoTime();
                root.paint(g);
                times[i] = ms(t0);
                g.dispose();
                gc.dispose();
            }
        } finally {
            image.dispose();
        }
        return times;
    }

    private static World generate() {
        OrreryFactory f = OrreryFactory.eINSTANCE;
        World world = f.createWorld();
        world.setId("scale");
        world.setName("Scale benchmark");
        Cloud cloud = f.createCloud();
        cloud.setId("cloud");
        cloud.setName("cloud");
        world.getClouds().add(cloud);
        for (int s = 0; s < SITES; s++) {
            Site site = f.createSite();
            site.setId("site" + s);
            site.setName("site" + s);
            site.setSubnet("10.0." + s + ".0/24");
            cloud.getSites().add(site);
            Router router = f.createRouter();
            router.setId("gw" + s);
            router.setName("gw" + s);
            site.getRouters().add(router);
            for (int h = 0; h < HOSTS_PER_SITE; h++) {
                Host host = f.createHost();
                host.setId("h" + s + "-" + h);
                host.setName("h" + s + "-" + h);
                host.setMemoryMB(65536);
                for (int c = 0; c < 8; c++) {
                    PhysicalCpu cpu = f.createPhysicalCpu();
                    cpu.setName("cpu" + c);
                    cpu.setIndex(c);
                    host.getPcpus().add(cpu);
                }
                host.setCpuOvercommit(true);
                site.getHosts().add(host);
                NetworkLink link = f.createNetworkLink();
                link.setId("l" + s + "-" + h);
                link.setName(host.getName() + "-" + router.getName());
                link.setSource(host);
                link.setTarget(router);
                world.getLinks().add(link);
                for (int v = 0; v < VMS_PER_HOST; v++) {
                    VirtualMachine vm = f.createVirtualMachine();
                    vm.setId("vm" + s + "-" + h + "-" + v);
                    vm.setName("vm" + s + "-" + h + "-" + v);
                    vm.setState(VmState.RUNNING);
                    vm.setMemoryMB(2048);
                    for (int c = 0; c < 2; c++) {
                        VirtualCpu cpu = f.createVirtualCpu();
                        cpu.setName("vcpu" + c);
                        cpu.setIndex(c);
                        vm.getVcpus().add(cpu);
                    }
                    cloud.getVirtualMachines().add(vm);
                    vm.setHost(host);
                }
            }
        }
        return world;
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // Not Linux: the rest still describes the machine.
        }
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %s, %d cores available, %s %s, Java %s, max heap %d MiB, display %s",
                cpu, rt.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), rt.maxMemory() >> 20, System.getenv("DISPLAY"));
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
