package org.orrery.ui.views.internal;

import org.orrery.ui.testing.UiTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.OrreryUi;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/** The event log shows the current run's events as they arrive, and filters them. */
class EventLogViewTest {

    @AfterEach
    void noRun() {
        RunSessions.show(null);
    }

    @Test
    void showsEveryEventOfTheRunAndFiltersByObject() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart view = page.showView(OrreryUi.EVENT_LOG_VIEW_ID);
        TelemetryStore store = new TelemetryStore();
        RunSessions.show(new RunSession("test run", "simulation", 7, store));
        for (int i = 0; i < 5_000; i++) {
            store.append(new TelemetryEvent(i * 1_000L, EventKind.METRIC, i % 5 == 0 ? "host/a" : "host/b",
                    Map.of("value", (double) i)));
        }
        EventLogView log = (EventLogView) view;
        UiTestSupport.waitUntil("5000 rows", 5_000, () -> log.rowCount() == 5_000);

        // Events written while the view is open show up on the next refresh.
        store.append(new TelemetryEvent(10_000_000L, EventKind.LIFECYCLE, "vm/web", Map.of("state", "RUNNING")));
        UiTestSupport.waitUntil("5001 rows", 5_000, () -> log.rowCount() == 5_001);
        assertEquals("LIFECYCLE", log.shownText(5_000, 1));
        assertEquals("vm/web", log.shownText(5_000, 2));
        assertEquals("state=RUNNING", log.shownText(5_000, 3));

        Text filter = find(view, Text.class);
        filter.setText("host/a");
        UiTestSupport.waitUntil("1000 rows for host/a", 5_000, () -> log.rowCount() == 1_000);
        assertEquals("host/a", log.shownText(999, 2));
        assertEquals("0.004995", log.shownText(999, 0)); // event 4995, 1 µs apart
        assertEquals("0.000000", log.shownText(0, 0));
        filter.setText("");
        UiTestSupport.waitUntil("all rows again", 5_000, () -> log.rowCount() == 5_001);
    }

    @Test
    void filtersByKindObjectAndTimeAndSelectingARowSelectsItsObject() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        EventLogView view = (EventLogView) page.showView(OrreryUi.EVENT_LOG_VIEW_ID);
        TelemetryStore store = new TelemetryStore();
        // 100 s of a run: a metric per host every second, a migration of vm/web from 30 s to 40 s
        for (int t = 0; t < 100; t++) {
            long now = t * 1_000_000_000L;
            store.append(new TelemetryEvent(now, EventKind.METRIC, "host/a", Map.of("vms", 2L)));
            store.append(new TelemetryEvent(now, EventKind.METRIC, "host/b", Map.of("vms", 1L)));
            if (t >= 30 && t < 40) {
                store.append(new TelemetryEvent(now, t == 30 ? EventKind.MIGRATION_START : EventKind.MIGRATION_ROUND,
                        "vm/web", Map.of("iteration", (long) (t - 29))));
            }
        }
        org.orrery.telemetry.replay.Replay replay = new org.orrery.telemetry.replay.Replay(store);
        replay.scrubTo(Long.MAX_VALUE);
        RunSessions.show(new RunSession("filters", "replay", 1, replay.store()));
        UiTestSupport.waitUntil("all 210 rows", 5_000, () -> view.rowCount() == 210);
        UiTestSupport.waitUntil("the run's objects proposed", 5_000, () -> view.proposedObjects("").size() == 3);
        assertEquals(java.util.List.of("host/a", "host/b"), view.proposedObjects("host/"));
        assertEquals(java.util.List.of("vm/web"), view.proposedObjects("vm"));

        view.setKindFilter(EventKind.MIGRATION_ROUND);
        UiTestSupport.waitUntil("9 rounds", 5_000, () -> view.rowCount() == 9);
        view.setKindFilter(null);
        view.setObjectFilter("host/b");
        UiTestSupport.waitUntil("100 rows of host/b", 5_000, () -> view.rowCount() == 100);
        view.setTimeFilter("10", "19.5");
        UiTestSupport.waitUntil("10 rows of host/b from 10 s to 19.5 s", 5_000, () -> view.rowCount() == 10);
        assertEquals(10_000_000_000L, view.rowEvent(0).time());
        view.setTimeFilter("ten", "");
        UiTestSupport.waitUntil("a bad From is ignored", 5_000, () -> view.rowCount() == 100);
        view.setTimeFilter("", "");
        view.setObjectFilter("");
        UiTestSupport.waitUntil("all rows again", 5_000, () -> view.rowCount() == 210);

        // A scrub back shows a shorter prefix: the log follows it down and up again.
        replay.scrubTo(35_000_000_000L);
        int shown = replay.store().size();
        UiTestSupport.waitUntil("the rows up to 35 s", 5_000, () -> view.rowCount() == shown);
        assertEquals(2 * 36 + 6, shown);
        replay.scrubTo(Long.MAX_VALUE);
        UiTestSupport.waitUntil("all rows after scrubbing forward", 5_000, () -> view.rowCount() == 210);

        // Selecting rows puts their objects, once each, in the workbench selection.
        java.util.List<Object> seen = new java.util.ArrayList<>();
        org.eclipse.ui.ISelectionListener listener = (part, sel) -> {
            if (part == view) {
                seen.add(sel);
            }
        };
        page.addSelectionListener(listener);
        try {
            page.activate(view);
            view.setKindFilter(null);
            int web = -1;
            for (int i = 0; i < view.rowCount() && web < 0; i++) {
                if (view.rowEvent(i).subject().equals("vm/web")) {
                    web = i;
                }
            }
            view.selectRows(0, 1, 2, web);
            UiTestSupport.pump(100);
            org.eclipse.jface.viewers.IStructuredSelection selection =
                    (org.eclipse.jface.viewers.IStructuredSelection) page.getSelection();
            assertEquals(java.util.List.of(new org.orrery.ui.views.RunObject("host/a"),
                    new org.orrery.ui.views.RunObject("host/b"), new org.orrery.ui.views.RunObject("vm/web")),
                    selection.toList());
            assertEquals(false, seen.isEmpty(), "selection listeners are told");
        } finally {
            page.removeSelectionListener(listener);
        }
    }

    /**
     * A long run: the table holds one page of items whatever the number of events, the newest
     * event is on the last item and on screen while following, the scroll bar spans every row, the
     * wheel scrolls back (and stops following), the keyboard scrolls past the page's edges, and a
     * selection made on several pages is kept whole.
     */
    @Test
    void aMillionEventsAreOnePageOfItems() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        EventLogView log = (EventLogView) page.showView(OrreryUi.EVENT_LOG_VIEW_ID);
        TelemetryStore store = new TelemetryStore();
        RunSessions.show(new RunSession("long run", "simulation", 7, store));
        int events = 1_000_000;
        for (int i = 0; i < events; i++) {
            store.append(new TelemetryEvent(i * 1_000L, EventKind.METRIC, "host/h" + i % 100, Map.of("value", (double) i)));
        }
        UiTestSupport.waitUntil("a million rows", 10_000, () -> log.rowCount() == events);
        page.setPartState(page.getReference(log), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            pagesOfAMillion(page, log, store, events);
        } finally {
            page.setPartState(page.getReference(log), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void pagesOfAMillion(IWorkbenchPage page, EventLogView log, TelemetryStore store, int events)
            throws java.io.IOException {
        UiTestSupport.pump(300);
        Table table = log.table();
        int items = table.getItemCount();
        assertTrue(items >= 10 && items < 200, "one page of items, not one per event: " + items);
        TableItem last = table.getItem(items - 1);
        assertEquals("0.999999", last.getText(0), "following: the newest event is the last item");
        org.eclipse.swt.graphics.Rectangle area = table.getClientArea();
        assertTrue(last.getBounds().y + last.getBounds().height <= area.y + area.height, "the last item is on screen: "
                + last.getBounds() + " in " + area);
        org.eclipse.swt.widgets.Slider slider = find(table.getParent(), org.eclipse.swt.widgets.Slider.class);
        assertEquals(events, slider.getMaximum());
        assertEquals(items, slider.getThumb());
        assertEquals(events - items, slider.getSelection());

        // The wheel scrolls back three rows a notch and stops following.
        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.count = 3;
        table.notifyListeners(org.eclipse.swt.SWT.MouseVerticalWheel, wheel);
        assertEquals(events - items - 3, slider.getSelection());
        assertEquals(String.format(java.util.Locale.ROOT, "0.%06d", events - 4), table.getItem(items - 1).getText(0));
        store.append(new TelemetryEvent(events * 1_000L, EventKind.LIFECYCLE, "vm/late", Map.of("state", "RUNNING")));
        UiTestSupport.waitUntil("the late event", 5_000, () -> log.rowCount() == events + 1);
        assertEquals(events - items - 3, slider.getSelection(), "not following: the page stays where the user put it");

        // Home, then the arrow key past the page's last row scrolls by one.
        key(table, org.eclipse.swt.SWT.HOME);
        assertEquals(0, slider.getSelection());
        assertEquals("0.000000", table.getItem(0).getText(0));
        for (int i = 0; i < items; i++) {
            key(table, org.eclipse.swt.SWT.ARROW_DOWN);
        }
        assertEquals(1, slider.getSelection(), "row " + items + " is the page's last now");
        assertEquals(String.format(java.util.Locale.ROOT, "0.%06d", items), table.getItem(items - 1).getText(0));

        // A selection over two pages is kept whole: the rows of hosts 0 and 99, far apart.
        page.activate(log);
        log.selectRows(0, 999_999);
        UiTestSupport.pump(100);
        assertEquals(java.util.List.of(new org.orrery.ui.views.RunObject("host/h0"),
                new org.orrery.ui.views.RunObject("host/h99")),
                ((org.eclipse.jface.viewers.IStructuredSelection) page.getSelection()).toList());
        UiTestSupport.save(UiTestSupport.capture(page.getWorkbenchWindow().getShell()), "event-log-million");
    }

    private static void key(Table table, int keyCode) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.keyCode = keyCode;
        table.notifyListeners(org.eclipse.swt.SWT.KeyDown, e);
    }

    private static <T> T find(org.eclipse.swt.widgets.Composite root, Class<T> type) {
        for (org.eclipse.swt.widgets.Control c : all(root)) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " under " + root);
    }

    private static <T> T find(IViewPart view, Class<T> type) {
        org.eclipse.swt.widgets.Control root = view.getSite().getShell();
        for (org.eclipse.swt.widgets.Control c : all(((org.eclipse.ui.part.ViewPart) view).getSite().getPage()
                .getWorkbenchWindow().getShell())) {
            if (type.isInstance(c) && isInside(c, view)) {
                return type.cast(c);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + view.getTitle() + " under " + root);
    }

    private static boolean isInside(org.eclipse.swt.widgets.Control c, IViewPart view) {
        // The view's controls are the ones whose data chain reaches a table or filter we created; the
        // event log is the only part in the test window holding a virtual Table and a SEARCH Text.
        return (c.getStyle() & (org.eclipse.swt.SWT.VIRTUAL | org.eclipse.swt.SWT.SEARCH)) != 0;
    }

    private static java.util.List<org.eclipse.swt.widgets.Control> all(org.eclipse.swt.widgets.Control root) {
        java.util.List<org.eclipse.swt.widgets.Control> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            org.eclipse.swt.widgets.Control c = todo.pop();
            out.add(c);
            if (c instanceof org.eclipse.swt.widgets.Composite comp) {
                todo.addAll(java.util.List.of(comp.getChildren()));
            }
        }
        return out;
    }
}
