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
