package org.orrery.ui.views.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.eclipse.swt.widgets.Slider;
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

/**
 * Every telemetry event of the current run, filterable by object, kind, time span and free text.
 * The table holds only the rows on screen, a page, with its own scroll bar over all the rows (as
 * Trace Compass's event table does): a native table of a million rows costs the UI thread a row
 * insertion per event, tens of milliseconds a tick at 50,000 events a second, where a page costs
 * the same at any size. A timer (the live-view refresh preference) looks for new events. Selecting
 * rows selects their objects ({@link RunObject}) for the workbench: the diagram shows them.
 */
public final class EventLogView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.eventLog";

    private final EventLogModel model = new EventLogModel();
    private Table table;
    private Slider scroll;
    /** The row (of the filtered events) shown at the top of the page, and the page's rows. */
    private int top;
    private int page = 1;
    /** Per table item, the row whose text it shows (-1: none yet); rows keep their event until the filter changes. */
    private int[] shown = {-1};
    /** Selected rows, of all the rows, not only the page's. */
    private final java.util.TreeSet<Integer> selected = new java.util.TreeSet<>();
    private Text filter;
    private Combo kind;
    private Text object;
    /** The run's objects, proposed as the user types in the object filter (Ctrl+Space lists them all). */
    private final org.eclipse.jface.fieldassist.SimpleContentProposalProvider objects =
            new org.eclipse.jface.fieldassist.SimpleContentProposalProvider();
    private Text from;
    private Text to;
    private Button follow;
    private long objectsListedAt = -1;
    private final Selection selection = new Selection();
    private Label status;
    private LiveSession live;

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
        // A text field with proposals, not a drop-down list: GTK rebuilt a drop-down of a run's
        // hundreds of objects at every new one (the longest UI stall at 50,000 events/s), and a
        // list that long is no way to pick one anyway
        object = new Text(parent, SWT.BORDER);
        object.setMessage(Messages.EventLog_allObjects);
        object.setToolTipText(Messages.EventLog_objectHint);
        objects.setFiltering(true);
        org.eclipse.jface.fieldassist.ContentProposalAdapter assist = new org.eclipse.jface.fieldassist.ContentProposalAdapter(
                object, new org.eclipse.jface.fieldassist.TextContentAdapter(), objects, listKey(),
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_.".toCharArray());
        assist.setProposalAcceptanceStyle(org.eclipse.jface.fieldassist.ContentProposalAdapter.PROPOSAL_REPLACE);
        GridData objectData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        objectData.widthHint = 150;
        object.setLayoutData(objectData);
        object.addListener(SWT.Modify, e -> {
            String text = object.getText().trim();
            model.setSubject(text.isEmpty() ? null : text);
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

        Composite area = new Composite(parent, SWT.NONE);
        GridLayout areaLayout = new GridLayout(2, false);
        areaLayout.marginWidth = 0;
        areaLayout.marginHeight = 0;
        areaLayout.horizontalSpacing = 0;
        area.setLayout(areaLayout);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        table = new Table(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.NO_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroll = new Slider(area, SWT.VERTICAL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        scroll.addListener(SWT.Selection, e -> scrollTo(scroll.getSelection(), true));
        table.addListener(SWT.Resize, e -> pageChanged());
        table.addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            scrollTo(top - e.count, true);
        });
        table.addListener(SWT.KeyDown, this::key);
        table.addListener(SWT.Selection, e -> {
            selectedOnPage(e.stateMask);
            selection.fire();
        });
        getSite().setSelectionProvider(selection);
        column(Messages.EventLog_time, 110);
        column(Messages.EventLog_kind, 150);
        column(Messages.EventLog_subject, 180);
        column(Messages.EventLog_details, 520);

        live = new LiveSession(table, this::show, () -> {
            refresh();
            return false;
        });
        live.start();
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
        selected.clear();
        java.util.Arrays.fill(shown, -1);
        if (follow.getSelection()) {
            top = Integer.MAX_VALUE; // clamped to the last page
        }
        fill();
    }

    /** The table's height changed: as many items as rows fit, whole ones only (the last must show). */
    private void pageChanged() {
        int itemHeight = Math.max(1, table.getItemHeight());
        if (table.getItemCount() == 0) {
            table.setItemCount(1); // one item to measure where rows start
        }
        // in item coordinates: GTK's client area starts above the rows (under the header), others' at 0
        org.eclipse.swt.graphics.Rectangle area = table.getClientArea();
        int firstRow = table.getItem(0).getBounds().y;
        int rows = Math.max(1, (area.y + area.height - firstRow) / itemHeight);
        if (rows != page) {
            boolean atEnd = top >= model.rowCount() - page;
            page = rows;
            table.setItemCount(page);
            shown = new int[page];
            java.util.Arrays.fill(shown, -1);
            if (atEnd && follow.getSelection()) {
                top = Integer.MAX_VALUE;
            }
        }
        fill();
    }

    /** Shows rows {@code top ..} in the page's items (only those whose row changed), the selection and the scroll bar. */
    private void fill() {
        int rows = model.rowCount();
        top = Math.max(0, Math.min(top, rows - page));
        int count = Math.min(page, table.getItemCount());
        List<Integer> onPage = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int row = top + i;
            int showing = row < rows ? row : -2;
            if (shown[i] != showing) {
                TableItem item = table.getItem(i);
                if (row < rows) {
                    TelemetryEvent ev = model.row(row);
                    item.setText(new String[] {EventLogModel.formatTime(ev.time()), ev.kind().name(), ev.subject(),
                            EventLogModel.formatAttributes(ev)});
                } else {
                    item.setText(new String[] {"", "", "", ""});
                }
                shown[i] = showing;
            }
            if (row < rows && selected.contains(row)) {
                onPage.add(i);
            }
        }
        int[] indices = onPage.stream().mapToInt(Integer::intValue).toArray();
        if (!java.util.Arrays.equals(indices, table.getSelectionIndices())) {
            table.setSelection(indices);
        }
        scroll.setValues(top, 0, Math.max(rows, page), page, 1, Math.max(1, page - 1));
        scroll.setEnabled(rows > page);
    }

    /** Scrolls so {@code row} is the top one; a user scrolling back from the end stops following. */
    private void scrollTo(int row, boolean byUser) {
        int last = Math.max(0, model.rowCount() - page);
        int wanted = Math.max(0, Math.min(row, last));
        if (byUser && wanted < last && follow.getSelection()) {
            follow.setSelection(false);
        }
        top = wanted;
        fill();
    }

    /** Scrolls as little as needed for {@code row} to be on the page. */
    private void reveal(int row) {
        if (row < top) {
            scrollTo(row, false);
        } else if (row >= top + page) {
            scrollTo(row - page + 1, false);
        }
    }

    /** The page's selection, changed by a click: replaces the selection, or adds to it with Ctrl or Shift. */
    private void selectedOnPage(int stateMask) {
        if ((stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
            selected.clear();
        } else {
            selected.subSet(top, top + page).clear();
        }
        for (int i : table.getSelectionIndices()) {
            if (top + i < model.rowCount()) {
                selected.add(top + i);
            }
        }
    }

    /** Moving the selection with the keyboard past the page's edges scrolls, as in a native table. */
    private void key(org.eclipse.swt.widgets.Event e) {
        int rows = model.rowCount();
        if (rows == 0) {
            return;
        }
        int from = selected.isEmpty() ? top : (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.PAGE_UP ? selected.first()
                : selected.last());
        int to;
        switch (e.keyCode) {
            case SWT.ARROW_DOWN -> to = from + 1;
            case SWT.ARROW_UP -> to = from - 1;
            case SWT.PAGE_DOWN -> to = from + page - 1;
            case SWT.PAGE_UP -> to = from - page + 1;
            case SWT.HOME -> to = 0;
            case SWT.END -> to = rows - 1;
            default -> {
                return;
            }
        }
        e.doit = false;
        to = Math.max(0, Math.min(rows - 1, to));
        if ((e.stateMask & SWT.SHIFT) == 0) {
            selected.clear();
        }
        selected.add(to);
        if (to < rows - 1 && follow.getSelection()) {
            follow.setSelection(false); // the user is reading back: new events must not scroll the row away
        }
        reveal(to);
        fill();
        selection.fire();
    }

    /** Offers the run's objects to the object filter, at most once a second and only if the run grew. */
    private void listObjects(TelemetryStore store) {
        long now = System.nanoTime();
        if (store == null || objectsListedAt >= 0 && now - objectsListedAt < 1_000_000_000L) {
            return;
        }
        objectsListedAt = now;
        List<String> ids = new ArrayList<>();
        for (TreeEntry entry : store.tree()) {
            if (entry.subject() != null && entry.kind() == null) {
                ids.add(entry.subject());
            }
        }
        objects.setProposals(ids.toArray(String[]::new));
    }

    /** Ctrl+Space, the workbench's content-assist key, lists every object. */
    private static org.eclipse.jface.bindings.keys.KeyStroke listKey() {
        try {
            return org.eclipse.jface.bindings.keys.KeyStroke.getInstance("Ctrl+Space");
        } catch (org.eclipse.jface.bindings.keys.ParseException e) {
            return null; // typing still proposes
        }
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private void show(RunSession session) {
        if (table == null || table.isDisposed()) {
            return;
        }
        model.setStore(session == null ? null : session.store());
        objectsListedAt = -1;
        selected.clear();
        java.util.Arrays.fill(shown, -1);
        top = 0;
        setContentDescription(session == null ? Messages.EventLog_noRun : session.name());
        refresh();
        fill(); // a run with no events yet must not leave the last run's rows on the page
    }

    /** Reads what arrived, shows it if the page changed, and updates the count and the objects offered. */
    private void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        int before = model.rowCount();
        if (model.refresh()) {
            if (model.rowCount() < before) { // a replay scrubbed back: its rows end earlier
                selected.tailSet(model.rowCount()).clear();
                java.util.Arrays.fill(shown, -1);
            }
            if (follow.getSelection()) {
                top = Integer.MAX_VALUE;
            }
            fill();
        }
        // Re-layout only when the count changed: a timer tick on an idle run costs nothing.
        // MessageFormat, not NLS.bind: "1,000,001 events" with the user's grouping, "1 event"
        String count = java.text.MessageFormat.format(Messages.EventLog_count, model.rowCount());
        if (!count.equals(status.getText())) {
            status.setText(count);
            status.getParent().layout(new org.eclipse.swt.widgets.Control[] {status});
        }
        listObjects(model.store());
    }

    /** Rows of the log (all pages), as the filters leave them; for tests. */
    int rowCount() {
        return model.rowCount();
    }

    /** The objects the object filter proposes for {@code typed}; for tests. */
    List<String> proposedObjects(String typed) {
        List<String> out = new ArrayList<>();
        for (org.eclipse.jface.fieldassist.IContentProposal p : objects.getProposals(typed, typed.length())) {
            out.add(p.getContent());
        }
        return out;
    }

    /** The table: its items are the page's rows; for tests. */
    Table table() {
        return table;
    }

    /** Scrolls {@code row} onto the page and returns the text its item shows in {@code column}; for tests. */
    String shownText(int row, int column) {
        reveal(row);
        return table.getItem(row - top).getText(column);
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
        selected.clear();
        for (int r : rows) {
            selected.add(r);
        }
        if (rows.length > 0) {
            reveal(rows[0]);
        }
        fill();
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
            for (int row : selected) {
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
        if (live != null) {
            live.stop();
        }
        super.dispose();
    }
}
