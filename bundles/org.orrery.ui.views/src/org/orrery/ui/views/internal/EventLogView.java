package org.orrery.ui.views.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TreeEntry;
import org.orrery.ui.views.RunObject;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * Every telemetry event of the current run, filterable by object, kind, time span and free text.
 * A virtual table asks only for the rows on screen; a timer (the live-view refresh preference)
 * looks for new events, so a run emitting tens of thousands of events a second costs the UI
 * thread one small scan per tick. Selecting rows selects their objects ({@link RunObject}) for
 * the workbench: the diagram shows them.
 */
public final class EventLogView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.eventLog";

    private final EventLogModel model = new EventLogModel();
    private Table table;
    private Text filter;
    private Combo kind;
    private Combo object;
    private Text from;
    private Text to;
    private Button follow;
    private long objectsListedAt = -1;
    private final Selection selection = new Selection();
    private Label status;
    private final Consumer<RunSession> sessionListener = s -> asyncShow(s);
    private final Runnable tick = this::tick;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(9, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.EventLog_filterHint);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> {
            model.setFilter(filter.getText());
            rowsChanged();
        });
        kind = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
        kind.add(Messages.EventLog_allKinds);
        for (EventKind k : EventKind.values()) {
            kind.add(k.name());
        }
        kind.select(0);
        kind.setToolTipText(Messages.EventLog_kindHint);
        kind.addListener(SWT.Selection, e -> {
            model.setKind(kind.getSelectionIndex() <= 0 ? null : EventKind.values()[kind.getSelectionIndex() - 1]);
            rowsChanged();
        });
        object = new Combo(parent, SWT.DROP_DOWN);
        object.setText("");
        object.setToolTipText(Messages.EventLog_objectHint);
        GridData objectData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        objectData.widthHint = 150;
        object.setLayoutData(objectData);
        object.addListener(SWT.Modify, e -> {
            String text = object.getText().trim();
            model.setSubject(text.equals(Messages.EventLog_allObjects) ? null : text);
            rowsChanged();
        });
        new Label(parent, SWT.NONE).setText(Messages.EventLog_from);
        from = timeField(parent);
        new Label(parent, SWT.NONE).setText(Messages.EventLog_to);
        to = timeField(parent);
        follow = new Button(parent, SWT.CHECK);
        follow.setText(Messages.EventLog_follow);
        follow.setSelection(true);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        table.addListener(SWT.Selection, e -> selection.fire());
        getSite().setSelectionProvider(selection);
        column(Messages.EventLog_time, 110);
        column(Messages.EventLog_kind, 150);
        column(Messages.EventLog_subject, 180);
        column(Messages.EventLog_details, 520);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int row = table.indexOf(item);
            if (row < model.rowCount()) {
                TelemetryEvent ev = model.row(row);
                item.setText(new String[] {EventLogModel.formatTime(ev.time()), ev.kind().name(), ev.subject(),
                        EventLogModel.formatAttributes(ev)});
            }
        });

        RunSessions.addListener(sessionListener);
        show(RunSessions.current());
        parent.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    private Text timeField(Composite parent) {
        Text t = new Text(parent, SWT.BORDER);
        t.setMessage(Messages.EventLog_seconds);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = 60;
        t.setLayoutData(data);
        t.addModifyListener(e -> timeChanged());
        return t;
    }

    /** Applies the From/To fields; a field that is not a number of seconds is marked and ignored. */
    private void timeChanged() {
        long start = seconds(from, Long.MIN_VALUE);
        long end = seconds(to, Long.MAX_VALUE);
        model.setTimeRange(start, end);
        rowsChanged();
    }

    private long seconds(Text field, long open) {
        String text = field.getText().trim();
        boolean ok = true;
        long value = open;
        if (!text.isEmpty()) {
            try {
                double s = Double.parseDouble(text);
                ok = Double.isFinite(s) && s >= 0;
                value = ok ? Math.round(s * 1e9) : open;
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        field.setForeground(ok ? null : field.getDisplay().getSystemColor(SWT.COLOR_RED));
        field.setToolTipText(ok ? null : Messages.EventLog_badTime);
        return value;
    }

    /** After a filter change: rescans (the model started over if the filter differs) and redraws every row. */
    private void rowsChanged() {
        if (table == null) {
            return;
        }
        model.refresh();
        table.clearAll();
        table.setItemCount(model.rowCount());
    }

    /** Lists the objects of the run in the object filter, at most once a second and only if the run grew. */
    private void listObjects(TelemetryStore store) {
        long now = System.nanoTime();
        if (store == null || objectsListedAt >= 0 && now - objectsListedAt < 1_000_000_000L || object.getListVisible()) {
            return;
        }
        objectsListedAt = now;
        Set<String> ids = new LinkedHashSet<>();
        ids.add(Messages.EventLog_allObjects);
        for (TreeEntry entry : store.tree()) {
            if (entry.subject() != null && entry.kind() == null) {
                ids.add(entry.subject());
            }
        }
        String[] items = ids.toArray(String[]::new);
        if (!java.util.Arrays.equals(items, object.getItems())) {
            String text = object.getText();
            object.setItems(items);
            object.setText(text);
        }
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private void asyncShow(RunSession session) {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(() -> show(session));
        }
    }

    private void show(RunSession session) {
        if (table == null || table.isDisposed()) {
            return;
        }
        model.setStore(session == null ? null : session.store());
        objectsListedAt = -1;
        table.clearAll();
        table.setItemCount(0);
        setContentDescription(session == null ? Messages.EventLog_noRun : session.name());
        tick();
    }

    private void tick() {
        if (table == null || table.isDisposed()) {
            return;
        }
        if (model.refresh()) {
            table.clearAll();
            table.setItemCount(model.rowCount());
            if (follow.getSelection()) {
                table.setTopIndex(model.rowCount() - 1);
            }
        }
        // Re-layout only when the count changed: a timer tick on an idle run costs nothing.
        String count = Messages.bind(Messages.EventLog_count, model.rowCount());
        if (!count.equals(status.getText())) {
            status.setText(count);
            status.getParent().layout(new org.eclipse.swt.widgets.Control[] {status});
        }
        listObjects(model.store());
        table.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    /** Rows currently shown; for tests. */
    int rowCount() {
        return table.getItemCount();
    }

    void setFilterText(String text) {
        filter.setText(text);
    }

    void setKindFilter(EventKind k) {
        kind.select(k == null ? 0 : k.ordinal() + 1);
        kind.notifyListeners(SWT.Selection, null);
    }

    void setObjectFilter(String id) {
        object.setText(id == null ? "" : id);
    }

    void setTimeFilter(String fromSeconds, String toSeconds) {
        from.setText(fromSeconds);
        to.setText(toSeconds);
    }

    /** The event shown in {@code row}; for tests. */
    TelemetryEvent rowEvent(int row) {
        return model.row(row);
    }

    /** Selects rows as a click does, telling the workbench. */
    void selectRows(int... rows) {
        table.setSelection(rows);
        selection.fire();
    }

    /** Puts the objects of the selected rows, in row order without repeats, in the workbench selection. */
    private final class Selection implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

        @Override
        public ISelection getSelection() {
            if (table == null || table.isDisposed()) {
                return StructuredSelection.EMPTY;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (int row : table.getSelectionIndices()) {
                if (row < model.rowCount()) {
                    ids.add(model.row(row).subject());
                }
            }
            List<RunObject> objects = new ArrayList<>();
            ids.forEach(id -> objects.add(new RunObject(id)));
            return new StructuredSelection(objects);
        }

        @Override
        public void setSelection(ISelection ignored) {
            // the log's rows are events, not objects: the workbench cannot select them from outside
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        void fire() {
            SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(event);
            }
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        RunSessions.removeListener(sessionListener);
        if (table != null && !table.isDisposed()) {
            table.getDisplay().timerExec(-1, tick);
        }
        super.dispose();
    }
}
