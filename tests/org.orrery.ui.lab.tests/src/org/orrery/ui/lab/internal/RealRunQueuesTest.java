package org.orrery.ui.lab.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.LibvirtTelemetry;
import org.orrery.libvirt.testing.QemuLab;
import org.orrery.libvirt.testing.TwoDaemonWorld;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.internal.RunQueueFrame;
import org.orrery.ui.views.internal.RunQueueView;

/**
 * The Run Queues of a real host: two QEMU guests of two busy vCPUs each (the lab's spinning
 * kernel) on one libvirt daemon of this machine, four always-runnable vCPUs on its 2 pCPUs,
 * watched by the Lab and opened from the Lab view's Run Queues button. Every vCPU must be in the
 * column of the pCPU libvirt reported, with libvirt's {@code vcpu.N.delay} as its wait; the Gantt
 * has their stretches; the view says queue order is not visible; a vCPU pinned with
 * {@code virsh vcpupin} moves to its pCPU within a few samples, where the kernel also has it.
 * Screenshots {@code run-queues-real-qemu*.png}. Needs what the real-QEMU tests need (root,
 * libvirt's QEMU driver); {@code -DskipQemuTests} skips it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RealRunQueuesTest {

    private static final List<String> GUESTS = List.of("busy1", "busy2");
    private static final int VCPUS = 2;
    private static final long PERIOD_MILLIS = 500;

    @TempDir
    Path dir;

    @Test
    void theRunQueuesOfARealHostShowWhereLibvirtPlacesEachVcpuAndHowLongItWaits() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("orrery.skipQemuTests"), "skipped with -DskipQemuTests");
        String missing = QemuLab.missingPrerequisite();
        if (missing != null) {
            fail("cannot show the run queues of a real host: " + missing);
        }
        long t0 = System.nanoTime();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1280, 800);
        IProject project = LabFixtures.project("qemu-run-queues");
        try (QemuLab lab = QemuLab.start(dir)) {
            note(t0, "daemons up: " + lab.log());
            World world = TwoDaemonWorld.of(lab);
            Host src = TwoDaemonWorld.host(world, QemuLab.SOURCE);
            for (String name : GUESTS) {
                TwoDaemonWorld.vm(world, name, src, VCPUS);
            }
            IFile file = LabFixtures.save(project, "run-queues.orrery", world);
            world = ModelTarget.load(file, List.of()).world();
            String uri = src.getLibvirtUri();
            HypervisorConnection host = LabSession.get().manager().connect(uri);
            for (String name : GUESTS) {
                TwoDaemonWorld.startSpinning(host, (VirtualMachine) world.eResource().getEObject(name), lab);
            }
            note(t0, "guests started");
            LabSession.get().setPeriod(PERIOD_MILLIS);
            LabSession.get().watch(file, world);
            LabView.showIn(window);
            LabView labView = (LabView) window.getActivePage().findView(LabView.ID);
            UiTestSupport.waitUntil("both guests running in the Lab view", 30_000, () -> labView.rows().stream()
                    .filter(r -> r.matches("  busy\\d \\| running.*")).count() == GUESTS.size());

            // the user's way in: select the host in the Lab view, press Run Queues
            labView.selectHost(QemuLab.SOURCE);
            LabFixtures.press(window.getShell(), Messages.Lab_runQueues);
            IWorkbenchPage page = window.getActivePage();
            RunQueueView view = (RunQueueView) page.findView(RunQueueView.ID);
            assertNotNull(view, "Run Queues opened");
            assertTrue(page.isPartVisible(view), "and on top");
            UiTestSupport.waitUntil("every vCPU placed with its waits", 20_000, () -> complete(view.frame(), uri));
            note(t0, "the view shows every vCPU with its waits");
            UiTestSupport.save(UiTestSupport.capture(window.getShell()), "run-queues-real-qemu-workbench");
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);

            TelemetryStore store = LabSession.get().store();
            RunQueueFrame frame = waitShownIsLibvirtsDelay(view, uri);
            assertTrue(frame.real(), "a real host: placement, no queue order");
            assertEquals(uri, frame.host(), "the host selected in the Lab view");
            assertEquals(2, frame.columns().size(), "a column per pCPU of this 2-CPU machine");
            assertPlacedAsLibvirtSaid(frame, store);
            assertTrue(view.headerTexts().get(0).startsWith(QemuLab.SOURCE + " (" + uri + ") at "),
                    view.headerTexts().toString());
            assertTrue(view.headerTexts().get(1).contains("order of a run queue is not visible from libvirt"),
                    view.headerTexts().toString());
            Map<String, Integer> ganttSubjects = new TreeMap<>();
            frame.gantt().forEach((pcpu, segments) -> {
                assertTrue(pcpu == 0 || pcpu == 1, "Gantt rows are this host's pCPUs: " + pcpu);
                segments.forEach(s -> ganttSubjects.merge(s.subject(), 1, Integer::sum));
            });
            assertEquals(subjects(), ganttSubjects.keySet(), "every vCPU has stretches in the Gantt");
            describe(t0, "before pinning", frame);
            UiTestSupport.save(UiTestSupport.capture(window.getShell()), "run-queues-real-qemu");

            // pin busy1's vCPU 0 to the other pCPU: the view moves it there within a few samples
            String pinned = LibvirtTelemetry.vcpu("busy1", 0);
            int from = columnOf(frame, pinned);
            int to = 1 - from;
            virsh(uri, "vcpupin", "busy1", "0", Integer.toString(to));
            long pinnedAt = LabSession.get().manager().now();
            long pinnedWall = System.nanoTime();
            UiTestSupport.waitUntil("busy1/0 in pcpu" + to, 10_000, () -> columnOf(view.frame(), pinned) == to);
            int samples = samplesSince(store, pinned, pinnedAt, view.frame().time());
            note(t0, String.format(Locale.ROOT, "pinned busy1/0 from pcpu%d to pcpu%d: shown there after %d ms, %d sample(s)",
                    from, to, (System.nanoTime() - pinnedWall) / 1_000_000, samples));
            assertTrue(samples <= 3, "moved within a few samples: " + samples);
            long qemu = lab.guest(QemuLab.SOURCE, "busy1");
            assertEquals(to, QemuLab.vcpuPlacement(qemu).get(0), "the kernel runs the pinned vCPU thread there too");
            assertTrue(virsh(uri, "vcpuinfo", "busy1").matches("(?s)VCPU:\\s+0\\s+CPU:\\s+" + to + "\\s.*"),
                    "and libvirt says so");
            frame = waitShownIsLibvirtsDelay(view, uri);
            assertEquals(to, columnOf(frame, pinned), "a pinned vCPU stays");
            assertPlacedAsLibvirtSaid(frame, store);
            describe(t0, "after pinning", frame);
            note(t0, "kernel placement of busy1 " + QemuLab.vcpuPlacement(qemu) + ", busy2 "
                    + QemuLab.vcpuPlacement(lab.guest(QemuLab.SOURCE, "busy2")));
            UiTestSupport.save(UiTestSupport.capture(window.getShell()), "run-queues-real-qemu-pinned");
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        } finally {
            LabFixtures.cleanUp(window, project);
        }
        note(t0, "done");
    }

    /** The vCPU subjects of the guests. */
    private static java.util.Set<String> subjects() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String g : GUESTS) {
            for (int v = 0; v < VCPUS; v++) {
                out.add(LibvirtTelemetry.vcpu(g, v));
            }
        }
        return out;
    }

    /** Whether {@code f} shows host {@code uri} with every vCPU placed, its CPU share, wait and delay known. */
    private static boolean complete(RunQueueFrame f, String uri) {
        if (f == null || !f.real() || !uri.equals(f.host())) {
            return false;
        }
        List<RunQueueFrame.Block> blocks = blocks(f);
        return blocks.size() == subjects().size() && blocks.stream()
                .allMatch(b -> !Double.isNaN(b.queueWait()) && !Double.isNaN(b.cpuShare()) && b.delay() >= 0);
    }

    private static List<RunQueueFrame.Block> blocks(RunQueueFrame f) {
        return f.columns().stream().flatMap(c -> c.blocks().stream()).toList();
    }

    private static int columnOf(RunQueueFrame f, String subject) {
        for (RunQueueFrame.Column c : f.columns()) {
            if (c.blocks().stream().anyMatch(b -> b.subject().equals(subject))) {
                return c.pcpu();
            }
        }
        return -1;
    }

    /** Each vCPU in the column of the pCPU libvirt reported in the sample the frame shows, once. */
    private static void assertPlacedAsLibvirtSaid(RunQueueFrame f, TelemetryStore store) {
        Map<String, Integer> shown = new TreeMap<>();
        for (RunQueueFrame.Column c : f.columns()) {
            for (RunQueueFrame.Block b : c.blocks()) {
                assertEquals(null, shown.put(b.subject(), c.pcpu()), "shown once: " + b.subject());
            }
        }
        assertEquals(subjects(), shown.keySet(), "every vCPU of both guests, nothing else");
        shown.forEach((subject, pcpu) -> {
            TelemetryEvent reported = lastSample(store, subject, f.time());
            assertEquals((long) reported.number(Attribute.PCPU, -1), (long) pcpu, subject + " where libvirt saw it");
        });
    }

    /**
     * The wait shown is libvirt's {@code vcpu.N.delay}: between two readings of it by virsh, the
     * view shows a sample read after the first and before the second, and its counter lies
     * between theirs. Over the samples between the readings, the shares of waiting shown average
     * to the counter's growth over the time between them, give or take 0.2 (the samples' intervals
     * are not quite the readings' interval, and other work on this machine makes the share vary);
     * as the vCPUs spin, always runnable, what they ran and waited adds up to about all of it; as
     * four share two pCPUs, each waits. One sample alone is too noisy for either: its CPU time is
     * counted in clock ticks. Returns that frame.
     */
    private static RunQueueFrame waitShownIsLibvirtsDelay(RunQueueView view, String uri) throws Exception {
        TelemetryStore store = LabSession.get().store();
        Map<String, Long> first = domstatsDelays(uri);
        long afterFirst = LabSession.get().manager().now();
        String lane = LibvirtTelemetry.vcpu(GUESTS.get(0), 0);
        // samples follow one another: the second stamped after the first reading began after it
        UiTestSupport.waitUntil("four samples after virsh", 10_000,
                () -> samplesSince(store, lane, afterFirst + 1, view.frame().time()) >= 4);
        RunQueueFrame f = view.frame();
        Map<String, Long> second = domstatsDelays(uri);
        long afterSecond = LabSession.get().manager().now();
        List<String> seen = new ArrayList<>();
        for (RunQueueFrame.Block b : blocks(f)) {
            long low = first.get(b.subject());
            long high = second.get(b.subject());
            double rate = (double) (high - low) / (afterSecond - afterFirst);
            List<TelemetryEvent> samples = store.query(new TimeRange(afterFirst + 1, f.time()),
                    e -> e.kind() == EventKind.VCPU_STATE && e.subject().equals(b.subject()));
            double waited = samples.stream().mapToDouble(e -> e.number(Attribute.RUN_QUEUE_WAIT, Double.NaN)).average()
                    .orElse(Double.NaN);
            double ran = samples.stream().mapToDouble(e -> e.number(Attribute.CPU_LOAD, Double.NaN)).average()
                    .orElse(Double.NaN);
            seen.add(String.format(Locale.ROOT, "%s %.3f <= %.3f <= %.3f s, waited %.0f%% shown, %.0f%% by virsh, ran %.0f%%",
                    b.subject().substring(3), low / 1e9, b.delay() / 1e9, high / 1e9, 100 * waited, 100 * rate, 100 * ran));
            assertTrue(low <= b.delay() && b.delay() <= high, "libvirt's delay between virsh's readings: " + seen);
            assertEquals(rate, waited, 0.2, "the share of waiting shown against virsh's: " + seen);
            assertEquals(1.0, ran + waited, 0.2, "a spinning vCPU runs or waits: " + seen);
            assertTrue(waited > 0.2, "four busy vCPUs on two pCPUs wait: " + seen);
        }
        System.out.println("[run queues, real QEMU] vcpu.N.delay, virsh before <= shown <= virsh after: " + seen);
        return f;
    }

    private static TelemetryEvent lastSample(TelemetryStore store, String subject, long time) {
        TelemetryEvent[] last = new TelemetryEvent[1];
        store.forEach(new SeriesKey.Lane(subject, EventKind.VCPU_STATE), new TimeRange(Math.max(0, time - 10_000_000_000L),
                time), e -> last[0] = e);
        assertNotNull(last[0], "a sample of " + subject + " before " + time);
        return last[0];
    }

    /** Samples of {@code subject} stamped from {@code from} to {@code to}, both included. */
    private static int samplesSince(TelemetryStore store, String subject, long from, long to) {
        if (to < from) {
            return 0;
        }
        int[] n = new int[1];
        store.forEach(new SeriesKey.Lane(subject, EventKind.VCPU_STATE), new TimeRange(from, to), e -> n[0]++);
        return n[0];
    }

    /** libvirt's {@code vcpu.N.delay} of every vCPU of the guests, by subject, as virsh reads it now. */
    private static Map<String, Long> domstatsDelays(String uri) throws IOException, InterruptedException {
        Map<String, Long> out = new HashMap<>();
        String domain = null;
        for (String line : virsh(uri, "domstats", "--vcpu").split("\n")) {
            Matcher d = Pattern.compile("Domain: '(.+)'").matcher(line.strip());
            Matcher v = Pattern.compile("vcpu\\.(\\d+)\\.delay=(\\d+)").matcher(line.strip());
            if (d.matches()) {
                domain = d.group(1);
            } else if (v.matches()) {
                out.put(LibvirtTelemetry.vcpu(domain, Integer.parseInt(v.group(1))), Long.parseLong(v.group(2)));
            }
        }
        return out;
    }

    private static String virsh(String uri, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("virsh", "-c", uri));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("virsh " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    /** Prints what the frame shows: per pCPU its vCPUs with CPU share, wait and delay (the measured numbers). */
    private static void describe(long t0, String when, RunQueueFrame f) {
        StringBuilder b = new StringBuilder(when + ":");
        for (RunQueueFrame.Column c : f.columns()) {
            b.append(" pcpu").append(c.pcpu()).append(" [");
            for (RunQueueFrame.Block x : c.blocks()) {
                b.append(String.format(Locale.ROOT, " %s ran %.0f%% waited %.0f%% (%.2f s)", x.subject().substring(3),
                        100 * x.cpuShare(), 100 * x.queueWait(), x.delay() / 1e9));
            }
            b.append(" ]");
        }
        b.append(" host ").append(f.counters());
        assertFalse(f.gantt().isEmpty());
        note(t0, b.toString());
    }

    private static void note(long t0, String what) {
        System.out.printf(Locale.ROOT, "[run queues, real QEMU, %.1f s] %s%n", (System.nanoTime() - t0) / 1e9, what);
    }
}
