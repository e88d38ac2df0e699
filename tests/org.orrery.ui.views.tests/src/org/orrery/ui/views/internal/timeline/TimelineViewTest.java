package org.orrery.ui.views.internal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.PlanRun;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.sim.SimulationDriver;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.io.TraceFile;
import org.orrery.telemetry.replay.Replay;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunObject;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * The Migration Timeline in the workbench: a recorded Shrinker run replayed into it (lanes,
 * rounds and totals as the records say; scrub, step and pause change what it shows; hover and
 * click give exact numbers), and a live pre-copy simulation whose running round grows.
 * Screenshots in target/screenshots: timeline-shrinker-end.png, timeline-shrinker-middle.png,
 * timeline-precopy-live.png (and the X screen by ImageMagick: timeline-precopy-live-import.png),
 * timeline-precopy-end.png, timeline-kinds.png, timeline-run-perspective.png.
 */
class TimelineViewTest {

    private static final String SHRINKER = "shrinker-wan-migration.orrery";
    private static final String EXERCISE = "migration-exercise.orrery";
    private static final long PAGE_SIZE = 4096;
    /** Long enough for a refresh of the views at the default rate (100 ms) and a paint. */
    private static final int SETTLE_MS = 250;

    @AfterEach
    void noRun() {
        RunSessions.show(null);
    }

    /**
     * The Shrinker sample (16 idle VMs over a 100 Mbit/s WAN) run, recorded, read back and replayed:
     * at the end 16 lanes with the records' rounds and totals (the same integers: exact), the page
     * classes of riteau.md's calibration (an idle VM sends about 20,000 pages: within 10%), every
     * lane drawn in its colour; in the middle fewer rounds; a step shows exactly one more event;
     * a paused replay shows nothing new.
     */
    @Test
    void aRecordedShrinkerRunReplaysIntoTheTimeline(@TempDir Path dir) throws Exception {
        RecordedRun run = RecordedRun.run(SHRINKER, "ex-shrinker", dir);
        assertEquals(16, run.result().completed(), "the sample migrates 16 VMs");
        TraceFile.Recording recording = TraceFile.read(run.trace());
        TelemetryStore recorded = recording.store();
        assertEquals(run.store().size(), recorded.size(), "the recorder kept every event");
        List<MigrationRecord> records = MigrationRecord.collect(run.store());
        assertEquals(17, records.size(), "the cluster move and its 16 VMs");

        Replay replay = new Replay(recorded);
        RunSessions.show(new RunSession("Shrinker (replay)", "replay", 1, replay.store()));
        TimelineView view = view();
        UiTestSupport.pump(300);
        assertTrue(view.model().lanes().isEmpty(), "a replay starts before its first event");

        replay.scrubTo(Long.MAX_VALUE);
        waitForView(view, replay);
        List<MigrationLane> lanes = view.model().lanes();
        assertEquals(records.size(), lanes.size());
        MigrationLane cluster = lanes.get(0);
        assertTrue(cluster.isGroup() && cluster.rounds().isEmpty(), cluster.subject() + " sums up the move");
        long clusterBytes = 0;
        long lastEnd = 0;
        long longestDowntime = 0;
        for (int i = 0; i < lanes.size(); i++) {
            MigrationLane lane = lanes.get(i);
            MigrationRecord record = records.get(i);
            String what = "lane " + i + " (" + lane.subject() + ")";
            assertEquals(record.subject(), lane.subject(), what);
            assertEquals("shrinker", lane.algorithm());
            assertEquals(MigrationRecord.Outcome.COMPLETED, lane.outcome(), what);
            assertEquals(record.rounds().size(), lane.rounds().size(), what);
            assertEquals(whole(record.end(), Attribute.TOTAL_BYTES), lane.totalBytes(), what);
            assertEquals(whole(record.end(), Attribute.TOTAL_TIME), lane.totalTime(), what);
            assertEquals(whole(record.end(), Attribute.DOWNTIME), lane.downtime(), what);
            assertEquals(whole(record.end(), Attribute.ROUNDS), lane.totalRounds(), what);
            assertEquals(record.endTime(-1), lane.endTime(), what);
            if (i == 0) {
                continue;
            }
            assertFalse(lane.isGroup(), what);
            clusterBytes += lane.totalBytes();
            lastEnd = Math.max(lastEnd, lane.endTime());
            longestDowntime = Math.max(longestDowntime, lane.downtime());
            long full = 0;
            long deduplicated = 0;
            for (TelemetryEvent r : record.rounds()) {
                full += whole(r, Attribute.PAGES_FULL);
                deduplicated += whole(r, Attribute.PAGES_DEDUPLICATED);
            }
            long laneFull = lane.rounds().stream().mapToLong(Round::pagesFull).sum();
            long laneDeduplicated = lane.rounds().stream().mapToLong(Round::pagesDeduplicated).sum();
            assertEquals(full, laneFull, what);
            assertEquals(deduplicated, laneDeduplicated, what);
            long pages = lane.rounds().stream().mapToLong(Round::classifiedPages).sum();
            assertEquals(20_000, pages, 2_000, what + ": an idle VM sends about 20,000 pages (riteau.md)");
            assertTrue(laneDeduplicated > 0, what + ": Shrinker deduplicates");
            assertTrue(lane.totalBytes() < lane.memory() / 10, what + ": far less than its 1 GiB goes over the WAN");
            assertTrue(lane.totalBytes() < pages * PAGE_SIZE, what + ": deduplicated pages cost a hash, not a page");
        }
        assertEquals(clusterBytes, cluster.totalBytes(), "the cluster's total is its VMs' (exact)");
        assertEquals(lastEnd, cluster.endTime(), "the move ends with its last VM");
        assertEquals(longestDowntime, cluster.downtime(), "the cluster's downtime is its longest VM's");
        assertTrue(view.status().contains("16 migrations and 1 cluster move, 16 rounds"), view.status());

        ImageData end = screenshot(view, "timeline-shrinker-end");
        assertLanesDrawnInTheirColours(view, end);

        // hover and click on the first lane's round: exact numbers and the VM selected
        MigrationLane first = lanes.get(1);
        Round round = first.rounds().get(0);
        int x = view.axis().x((round.start() + round.end()) / 2);
        Rectangle row = view.painter().laneBounds(1);
        int y = row.y + row.height / 2;
        mouse(view.canvas(), SWT.MouseMove, x, y);
        String tip = view.canvas().getToolTipText();
        assertNotNull(tip);
        assertTrue(tip.contains(TimelineFormat.exactBytes(round.bytesSent())), tip);
        assertTrue(tip.contains("full " + TimelineFormat.count(round.pagesFull())), tip);
        mouse(view.canvas(), SWT.MouseDown, x, y);
        assertTrue(view.details().contains(TimelineFormat.exactBytes(first.totalBytes())), view.details());
        IStructuredSelection selection = assertInstanceOf(IStructuredSelection.class,
                view.getSite().getSelectionProvider().getSelection());
        assertEquals(new RunObject(first.subject()), selection.getFirstElement());
        mouse(view.canvas(), SWT.MouseMove, 1, 1);
        assertEquals(null, view.canvas().getToolTipText(), "nothing under the pointer, no tooltip");

        // scrub to the middle of the round ends: about half the rounds are over, the rest run
        List<Long> roundEnds = new ArrayList<>();
        for (MigrationRecord r : records) {
            r.rounds().forEach(e -> roundEnds.add(e.time()));
        }
        roundEnds.sort(null);
        long middle = roundEnds.get(roundEnds.size() / 2);
        replay.scrubTo(middle);
        waitForView(view, replay);
        long expectedRounds = roundEnds.stream().filter(t -> t <= middle).count();
        assertTrue(expectedRounds > 0 && expectedRounds < 16, "middle " + middle + ": " + expectedRounds);
        assertEquals(expectedRounds, rounds(view), "rounds shown at " + middle);
        long running = view.model().lanes().stream().filter(l -> l.openRoundStart(view.model().now()) >= 0).count();
        assertEquals(16 - expectedRounds, running, "the other lanes show their round in progress");
        assertTrue(view.model().restarts() >= 1, "the shrunk store was read again from the start");
        screenshot(view, "timeline-shrinker-middle");

        // step: one more event shown and read; until a round arrives
        long roundsBefore = rounds(view);
        for (int steps = 0; rounds(view) == roundsBefore; steps++) {
            assertTrue(steps < 500, "a round comes within 500 events");
            int shown = replay.shownEvents();
            EventKind next = recorded.get(shown).kind();
            assertTrue(replay.stepForward());
            waitForView(view, replay);
            assertEquals(shown + 1, view.model().scanned(), "a step shows exactly one more event");
            if (next == EventKind.MIGRATION_ROUND) {
                assertEquals(roundsBefore + 1, rounds(view));
            }
        }

        // play, then pause: what is shown stops changing
        replay.setSpeed(5);
        replay.play();
        int atPlay = replay.shownEvents();
        UiTestSupport.waitUntil("the replay to move on", 10_000, () -> {
            replay.update();
            return replay.shownEvents() > atPlay;
        });
        replay.pause();
        waitForView(view, replay);
        int paused = view.model().scanned();
        UiTestSupport.pump(600);
        replay.update();
        UiTestSupport.pump(300);
        assertEquals(paused, replay.shownEvents());
        assertEquals(paused, view.model().scanned(), "a paused replay shows nothing new");
    }

    /**
     * A live simulation of the migration exercise, paced so that the database VM (dirtying faster
     * than the link sends) is caught mid-migration: its running round grows with the run, its
     * rounds are flagged as not converging; at the end the four lanes have the records' rounds.
     */
    @Test
    void aLivePreCopyRunGrowsItsRunningRound(@TempDir Path dir) throws Exception {
        RunPlan plan = RecordedRun.plan(EXERCISE, "ex-precopy", dir);
        TelemetryStore store = new TelemetryStore();
        PlanRun planRun = PlanRun.prepare(plan, store);
        SimulationDriver driver = planRun.driver();
        driver.setSpeed(20);
        Thread runner = new Thread(() -> planRun.run(RunMonitor.NONE), "timeline test run");
        RunSessions.show(new RunSession("Pre-copy (live)", "simulation", plan.seed(), store));
        TimelineView view = view();
        runner.start();
        try {
            UiTestSupport.waitUntil("the database migration's sixth round", 60_000, () -> view.model().lanes().size() >= 2
                    && view.model().lanes().get(1).rounds().size() >= 6);
            MigrationLane db = view.model().lanes().get(1);
            assertEquals("vm/db", db.subject());
            // slow down so that a round lasts several refreshes, then watch one grow
            driver.setSpeed(2);
            UiTestSupport.waitUntil("a running round with time in it", 20_000,
                    () -> db.openRoundStart(view.model().now()) >= 0
                            && view.model().now() - db.openRoundStart(view.model().now()) > 300_000_000L);
            long open = db.openRoundStart(view.model().now());
            long grown = view.model().now() - open;
            int rounds = db.rounds().size();
            UiTestSupport.waitUntil("the running round to grow", 20_000,
                    () -> db.rounds().size() > rounds || view.model().now() - open > grown + 300_000_000L);
            if (db.rounds().size() == rounds) {
                assertEquals(open, db.openRoundStart(view.model().now()), "the same round, longer");
            }
            assertTrue(db.rounds().get(0).nearlyNonConverging(), "round 1: db dirties at 98% of the bandwidth");
            assertTrue(db.rounds().stream().skip(1).allMatch(Round::nonConverging), "then as fast as it can be sent");
            assertTrue(db.everNonConverging());
            screenshot(view, "timeline-precopy-live");
            UiTestSupport.rootScreenshot("timeline-precopy-live-import");
        } finally {
            driver.setSpeed(SimulationDriver.AS_FAST_AS_POSSIBLE);
            runner.join(60_000);
        }
        waitForView(view, store);
        List<MigrationRecord> records = MigrationRecord.collect(store);
        List<MigrationLane> lanes = view.model().lanes();
        assertEquals(4, lanes.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(records.get(i).rounds().size(), lanes.get(i).rounds().size());
            assertEquals(whole(records.get(i).end(), Attribute.TOTAL_BYTES), lanes.get(i).totalBytes());
        }
        assertEquals(30, lanes.get(1).rounds().size(), "db stops at QEMU's round cap");
        assertEquals("round-cap", lanes.get(1).switchoverReason());
        ImageData end = screenshot(view, "timeline-precopy-end");
        assertLanesDrawnInTheirColours(view, end);
    }

    /**
     * Every kind of migration in one picture: a failed pre-copy that could not converge, a
     * post-copy pushing after its switchover, a stop-and-copy paused throughout, one still
     * running. Screenshot: timeline-kinds.png.
     */
    @Test
    void drawsFailuresPostCopyAndStopAndCopy() throws Exception {
        // in time order, as a store takes them
        MigrationEvents ev = new MigrationEvents().start(0, "vm/db", "pre-copy", 130, 125)
                .start(1, "vm/p", "post-copy", 10, 100).switchover(1.5, "vm/p", 1000, "post-copy").running(1.8, "vm/p")
                .start(2, "vm/s", "stop-and-copy", 10, 100).switchover(2, "vm/s", 1000, "stop-and-copy")
                .start(3, "vm/web", "pre-copy", 8, 125).round(4, "vm/db", 1, 500, 520, 130, 125)
                .round(4.8, "vm/p", 1, 300, 700, 10, 100).round(7.3, "vm/web", 1, 538, 35, 8, 125)
                .round(7.6, "vm/web", 2, 35, 3, 8, 125).round(7.8, "vm/p", 2, 300, 400, 10, 100)
                .round(8.2, "vm/db", 2, 520, 530, 130, 125).round(10.8, "vm/p", 3, 300, 100, 10, 100)
                .end(11.8, "vm/p", 1, 1000, 300_000_000L, 0).running(12, "vm/s")
                .end(12, "vm/s", 2, 1000, 10_000_000_000L, 0).round(12.4, "vm/db", 3, 530, 540, 130, 125)
                .failed(14, "vm/db", "cancelled", 1700, 3).metric(14);
        RunSessions.show(new RunSession("every kind", "simulation", -1, ev.store()));
        TimelineView view = view();
        waitForView(view, ev.store());
        List<MigrationLane> lanes = view.model().lanes();
        assertEquals(4, lanes.size());
        assertEquals(MigrationRecord.Outcome.FAILED, lanes.get(0).outcome());
        assertEquals(3, lanes.get(1).rounds().size());
        assertTrue(lanes.get(1).rounds().stream().allMatch(Round::afterSwitchover));
        assertEquals(10_000_000_000L, lanes.get(2).downtimeEnd() - lanes.get(2).switchoverTime(),
                "stop-and-copy: paused from start to end");
        assertTrue(lanes.get(3).openRoundStart(view.model().now()) >= 0, "web's round 3 runs");
        ImageData shot = screenshot(view, "timeline-kinds");
        assertLanesDrawnInTheirColours(view, shot);
        Rectangle stop = view.painter().laneBounds(2);
        int middle = view.axis().x(7 * MigrationEvents.S);
        String tip = tipAt(view, middle, stop.y + stop.height / 2);
        assertTrue(tip.startsWith("switchover at 2.000000 s: downtime 10.0 s"), tip);
        int red = count(shot, new Rectangle(middle - 40, stop.y, 80, stop.height),
                TimelinePalette.tint(TimelinePalette.RED, 0.25));
        assertTrue(red > 100, "the stop-and-copy downtime is hatched red: " + red);
        Rectangle failed = view.painter().laneBounds(0);
        assertTrue(view.textAt(view.axis().x(2 * MigrationEvents.S), failed.y + failed.height / 2)
                .contains("NOT CONVERGING"));
        mouse(view.canvas(), SWT.MouseMove, 1, 1);

        // zoom in around 7 s: half the span, 7 s stays under the pointer; a double-click fits again
        TimeAxis fitted = view.axis();
        view.zoom(2, middle);
        TimeAxis zoomed = view.axis();
        assertEquals((fitted.to() - fitted.from()) / 2.0, zoomed.to() - zoomed.from(), 1e6);
        assertEquals(7 * MigrationEvents.S, zoomed.time(middle), 50_000_000L);
        assertTrue(view.canvas().getHorizontalBar().getVisible(), "a zoomed view scrolls in time");
        mouse(view.canvas(), SWT.MouseDoubleClick, middle, stop.y);
        assertEquals(fitted, view.axis());
    }

    private static String tipAt(TimelineView view, int x, int y) {
        mouse(view.canvas(), SWT.MouseMove, x, y);
        return view.canvas().getToolTipText();
    }

    /**
     * The Run perspective shows the timeline in its live folder by default, readable at that size.
     * Screenshot: timeline-run-perspective.png.
     */
    @Test
    void theRunPerspectiveShowsTheTimeline(@TempDir Path dir) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page.resetPerspective();
        UiTestSupport.pump(300);
        assertNotNull(page.findViewReference(TimelineView.ID), "the timeline is part of the Run perspective");
        RecordedRun run = RecordedRun.run(EXERCISE, "ex-precopy", dir);
        RunSessions.show(new RunSession("Pre-copy", "simulation", 7, run.store()));
        TimelineView view = (TimelineView) page.showView(TimelineView.ID);
        waitForView(view, run.store());
        assertEquals(4, view.model().lanes().size());
        ImageData shot = screenshot(view, "timeline-run-perspective");
        assertLanesDrawnInTheirColours(view, shot);
    }

    private static long whole(TelemetryEvent e, String key) {
        return Math.round(e.number(key, Double.NaN));
    }

    private static long rounds(TimelineView view) {
        return view.model().lanes().stream().mapToLong(l -> l.rounds().size()).sum();
    }

    private static void waitForView(TimelineView view, Replay replay) {
        UiTestSupport.waitUntil("the view to read the replay's " + replay.shownEvents() + " events", 20_000,
                () -> view.model().scanned() == replay.shownEvents() && !view.model().behind());
        UiTestSupport.pump(SETTLE_MS);
    }

    private static void waitForView(TimelineView view, TelemetryStore store) {
        UiTestSupport.waitUntil("the view to read all " + store.size() + " events", 20_000,
                () -> view.model().scanned() == store.size());
        UiTestSupport.pump(SETTLE_MS);
    }

    /** Each lane whose row is on screen has pixels of exactly its colour (its sent bars and swatch). */
    private static void assertLanesDrawnInTheirColours(TimelineView view, ImageData shot) {
        TimelinePainter.Layout layout = view.layout();
        Rectangle lanesArea = layout.lanes();
        int checked = 0;
        for (MigrationLane lane : view.model().lanes()) {
            Rectangle row = view.painter().laneBounds(lane.index());
            if (row == null || row.y < lanesArea.y || row.y + row.height > lanesArea.y + lanesArea.height) {
                continue;
            }
            RGB colour = TimelinePalette.lane(lane.index());
            int inLabel = count(shot, new Rectangle(0, row.y, layout.labelWidth(), row.height), colour);
            Rectangle plot = new Rectangle(layout.plotLeft(), row.y, layout.plotRight() - layout.plotLeft(), row.height);
            int inPlot = count(shot, plot, colour);
            assertTrue(inLabel >= 100, "lane " + lane.index() + " swatch: " + inLabel + " pixels of " + colour);
            // a short round in a narrow view is a few pixels wide: its bar and the span line still show
            assertTrue(inPlot >= 30, "lane " + lane.index() + " rounds: " + inPlot + " pixels of " + colour);
            checked++;
        }
        assertTrue(checked >= 3, "at least three lanes on screen, checked " + checked);
    }

    private static int count(ImageData data, Rectangle region, RGB colour) {
        int n = 0;
        for (int y = Math.max(0, region.y); y < region.y + region.height && y < data.height; y++) {
            for (int x = Math.max(0, region.x); x < region.x + region.width && x < data.width; x++) {
                if (data.palette.getRGB(data.getPixel(x, y)).equals(colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void mouse(Canvas canvas, int type, int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = type == SWT.MouseMove ? 0 : 1;
        canvas.notifyListeners(type, e);
        UiTestSupport.pump(50);
    }

    /** Saves the whole window (for people) and returns what the canvas shows (for pixel checks). */
    private static ImageData screenshot(TimelineView view, String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(true);
        UiTestSupport.pump(SETTLE_MS * 3L);
        UiTestSupport.save(UiTestSupport.capture(shell), name);
        ImageData data = UiTestSupport.capture(view.canvas());
        assertTrue(UiTestSupport.distinctColours(data, new Rectangle(0, 0, data.width, data.height)) > 8,
                "the timeline is drawn, not blank");
        return data;
    }

    private static TimelineView view() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TimelineView view = (TimelineView) page.showView(TimelineView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.pump(200);
        return view;
    }
}
