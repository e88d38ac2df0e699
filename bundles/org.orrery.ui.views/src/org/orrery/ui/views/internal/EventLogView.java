package org.orrery.ui.views.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * Every telemetry event of the current run, filterable. A virtual table asks only for the rows on
 * screen; a timer (the live-view refresh preference) looks for new events, so a run emitting
 * tens of thousands of events a second costs the UI thread one small scan per tick.
 */
public final class EventLogView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.eventLog";

    private final EventLogModel model = new EventLogModel();
    private Table table;
    private Text filter;
    private Button follow;
    private Label status;
    private final Consumer<RunSession> sessionListener = s -> asyncShow(s);
    private final Runnable tick = this::tick;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.EventLog_filterHint);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> {
            model.setFilter(filter.getText());
            table.clearAll();
            table.setItemCount(0);
            tick();
        });
        follow = new Button(parent, SWT.CHECK);
        follow.setText(Messages.EventLog_follow);
        follow.setSelection(true);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
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
        table.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    /** Rows currently shown; for tests. */
    int rowCount() {
        return table.getItemCount();
    }

    void setFilterText(String text) {
        filter.setText(text);
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
