package org.orrery.ui.views.internal;

import org.orrery.ui.testing.UiTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.swt.widgets.Table;
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
        Table table = find(view, Table.class);
        UiTestSupport.waitUntil("5000 rows", 5_000, () -> table.getItemCount() == 5_000);

        // Events written while the view is open show up on the next refresh.
        store.append(new TelemetryEvent(10_000_000L, EventKind.LIFECYCLE, "vm/web", Map.of("state", "RUNNING")));
        UiTestSupport.waitUntil("5001 rows", 5_000, () -> table.getItemCount() == 5_001);
        assertEquals("LIFECYCLE", table.getItem(5_000).getText(1));
        assertEquals("vm/web", table.getItem(5_000).getText(2));
        assertEquals("state=RUNNING", table.getItem(5_000).getText(3));

        Text filter = find(view, Text.class);
        filter.setText("host/a");
        UiTestSupport.waitUntil("1000 rows for host/a", 5_000, () -> table.getItemCount() == 1_000);
        assertEquals("host/a", table.getItem(999).getText(2));
        assertEquals("0.004995", table.getItem(999).getText(0)); // event 4995, 1 µs apart
        filter.setText("");
        UiTestSupport.waitUntil("all rows again", 5_000, () -> table.getItemCount() == 5_001);
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
