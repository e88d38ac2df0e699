package org.orrery.ui.lab.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.part.ViewPart;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.JobProgress;
import org.orrery.libvirt.LibvirtTelemetry;
import org.orrery.libvirt.migrate.MigrationHandle;
import org.orrery.libvirt.monitor.LabHost;
import org.orrery.libvirt.monitor.LabSnapshot;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.XySeries;
import org.orrery.ui.OrreryUi;

/**
 * The lab as it is now: every hypervisor of the watched model with its connection status (and the
 * countdown to the next try when it is unreachable), its running domains with state, vCPU
 * placement, memory, run-queue wait and sparklines of CPU and memory over the last minute, and
 * the migration under way with its progress and a Cancel button. Run Queues opens the run-queue
 * view on the selected row's hypervisor.
 * <p>
 * Reads the monitor's snapshot and the telemetry store on a timer (never per event); sparklines
 * are range queries at the column's resolution, made only for rows on screen.
 */
public final class LabView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.live.lab";
    /** Samples come at 0.5 s at the fastest: refreshing more often would redraw the same picture. */
    private static final int REFRESH_MILLIS = 500;
    private static final long WINDOW_NANOS = 60_000_000_000L;
    private static final long SHOW_FINISHED_NANOS = 30_000_000_000L;
    private static final int COLUMN_CPU = 4;
    private static final int COLUMN_MEMORY_USED = 5;
    /** Item data: the user folded this host. */
    private static final String COLLAPSED = "collapsedByUser";

    /** What a tree row shows: a hypervisor or one of its domains, and the hypervisor's URI. */
    private record Row(String subject, boolean host, long memoryBytes, String uri) {
    }

    private Label status;
    private Combo rate;
    private Composite migrationRow;
    private Label migrationText;
    private ProgressBar migrationBar;
    private Button cancel;
    private Tree tree;
    private final Map<String, XySeries> series = new HashMap<>();
    private final Map<MigrationHandle, Long> finishedAt = new HashMap<>();
    private final Runnable tick = this::tick;
    private long now;
    /** The lab the rows are of. */
    private LabSession.Lab shown;

    /** Opens the Run perspective with the Lab view on top. */
    public static void showIn(IWorkbenchWindow window) {
        if (window == null) {
            return;
        }
        try {
            IWorkbenchPage page = window.getWorkbench().showPerspective(OrreryUi.RUN_PERSPECTIVE_ID, window);
            page.showView(ID);
        } catch (PartInitException e) {
            LabUiPlugin.logError("cannot open the Lab view", e);
        } catch (WorkbenchException e) {
            LabUiPlugin.logError("cannot open the Run perspective", e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(5, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = new Label(header, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(header, SWT.NONE).setText(Messages.Lab_rate);
        rate = new Combo(header, SWT.READ_ONLY);
        for (long p : LabSession.PERIODS) {
            rate.add(String.format(Locale.ROOT, "%.1f s", p / 1000.0));
        }
        rate.select(indexOf(LabSession.get().period()));
        rate.addListener(SWT.Selection, e -> LabSession.get().setPeriod(LabSession.PERIODS[rate.getSelectionIndex()]));
        Button watch = new Button(header, SWT.PUSH);
        watch.setText(Messages.Lab_watch);
        watch.addListener(SWT.Selection, e -> watchSelection());
        Button runQueues = new Button(header, SWT.PUSH);
        runQueues.setText(Messages.Lab_runQueues);
        runQueues.setToolTipText(Messages.Lab_runQueuesTip);
        runQueues.addListener(SWT.Selection, e -> showRunQueues());

        migrationRow = new Composite(parent, SWT.NONE);
        migrationRow.setLayout(new GridLayout(3, false));
        migrationRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        migrationText = new Label(migrationRow, SWT.WRAP);
        migrationText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        migrationBar = new ProgressBar(migrationRow, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData bar = new GridData(SWT.END, SWT.CENTER, false, false);
        bar.widthHint = 160;
        migrationBar.setLayoutData(bar);
        migrationBar.setMaximum(1000);
        cancel = new Button(migrationRow, SWT.PUSH);
        cancel.setText(Messages.Lab_cancel);
        cancel.addListener(SWT.Selection, e -> latestMigration().ifPresent(MigrationHandle::cancel));
        setVisible(migrationRow, false);

        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Lab_name, 250);
        column(Messages.Lab_state, 190);
        column(Messages.Lab_vcpus, 120);
        column(Messages.Lab_memory, 75);
        column(Messages.Lab_cpu, 160);
        column(Messages.Lab_memoryUsed, 160);
        column(Messages.Lab_wait, 95);
        tree.addListener(SWT.Collapse, e -> e.item.setData(COLLAPSED, Boolean.TRUE));
        tree.addListener(SWT.Expand, e -> e.item.setData(COLLAPSED, null));
        tree.addListener(SWT.MeasureItem, e -> e.height = Math.max(e.height, 22));
        tree.addListener(SWT.PaintItem, this::paintSparkline);
        tick();
    }

    private void column(String text, int width) {
        TreeColumn c = new TreeColumn(tree, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private void watchSelection() {
        ISelection selection = getSite().getWorkbenchWindow().getSelectionService().getSelection();
        try {
            ModelTarget target = ModelTarget.from(selection, null);
            if (target == null) {
                status.setText(Messages.Lab_none);
                return;
            }
            LabSession.get().watch(target.file(), target.world());
            tick();
        } catch (java.io.IOException e) {
            status.setText(e.getMessage());
        }
    }

    /**
     * Opens the Run Queues view on the hypervisor of the selected row (the first one when nothing
     * is selected), with the lab's telemetry as the run shown.
     */
    void showRunQueues() {
        LabSession.Lab lab = LabSession.get().lab();
        if (lab == null || tree.getItemCount() == 0) {
            status.setText(Messages.Lab_none);
            return;
        }
        TreeItem[] selected = tree.getSelection();
        Row row = (Row) (selected.length > 0 ? selected[0] : tree.getItem(0)).getData();
        LabSession.get().showRun();
        try {
            org.orrery.ui.views.RunQueues.showHost(getSite().getPage(), row.uri());
        } catch (PartInitException e) {
            LabUiPlugin.logError("cannot open the Run Queues view", e);
        }
    }

    private void tick() {
        if (tree == null || tree.isDisposed()) {
            return;
        }
        refresh();
        tree.getDisplay().timerExec(REFRESH_MILLIS, tick);
    }

    /** Brings every widget in line with the session's snapshot and telemetry. */
    void refresh() {
        LabSession session = LabSession.get();
        LabSession.Lab lab = session.lab();
        now = session.manager().now();
        series.clear();
        if (lab == null) {
            status.setText(Messages.Lab_none);
            tree.removeAll();
            setVisible(migrationRow, false);
            return;
        }
        if (lab != shown) {
            tree.removeAll(); // another lab (or the same file watched again): its rows start afresh
            shown = lab;
        }
        LabSnapshot snapshot = lab.monitor().snapshot();
        status.setText(NLS.bind(Messages.Lab_status, new Object[] {lab.file().getName(), lab.monitor().hosts().size(),
            String.format(Locale.ROOT, "%.1f", snapshot.time() / 1e9),
            String.format(Locale.ROOT, "%.0f", snapshot.sampleNanos() / 1e6)}));
        List<LabSnapshot.Hypervisor> hypervisors = snapshot.hypervisors();
        for (int i = 0; i < hypervisors.size(); i++) {
            LabSnapshot.Hypervisor h = hypervisors.get(i);
            TreeItem item = i < tree.getItemCount() ? tree.getItem(i) : new TreeItem(tree, SWT.NONE);
            host(item, h);
            List<LabSnapshot.Domain> domains = h.domains();
            for (int j = 0; j < domains.size(); j++) {
                domain(j < item.getItemCount() ? item.getItem(j) : new TreeItem(item, SWT.NONE), domains.get(j), h.uri());
            }
            dispose(item.getItems(), domains.size());
            if (!item.getExpanded() && !domains.isEmpty() && item.getData(COLLAPSED) == null) {
                // hosts show their domains unless the user folded them; a host whose last domain
                // left (migrated, stopped) is folded by the tree itself and opens again here
                item.setExpanded(true);
            }
        }
        dispose(tree.getItems(), hypervisors.size());
        migration();
        tree.redraw();
    }

    private void host(TreeItem item, LabSnapshot.Hypervisor h) {
        String names = h.hosts().stream().map(LabHost::name).collect(Collectors.joining(", "));
        item.setText(0, names + "  —  " + h.uri());
        Display d = item.getDisplay();
        String state = switch (h.status()) {
            case CONNECTING -> Messages.Lab_connecting;
            case CONNECTED -> NLS.bind(Messages.Lab_connected, h.domains().size());
            case UNREACHABLE -> NLS.bind(Messages.Lab_unreachable, h.message(), (h.retryInMillis() + 999) / 1000);
        };
        item.setText(1, state);
        item.setForeground(1, d.getSystemColor(switch (h.status()) {
            case CONNECTED -> SWT.COLOR_DARK_GREEN;
            case UNREACHABLE -> SWT.COLOR_RED;
            case CONNECTING -> SWT.COLOR_DARK_GRAY;
        }));
        for (int c = 2; c < tree.getColumnCount(); c++) {
            item.setText(c, "");
        }
        item.setData(new Row(LibvirtTelemetry.host(h.hosts().get(0).id()), true, 0, h.uri()));
    }

    private void domain(TreeItem item, LabSnapshot.Domain d, String uri) {
        item.setText(0, d.name());
        item.setText(1, d.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        item.setForeground(1, item.getDisplay().getSystemColor(color(d.state())));
        String pcpus = d.pcpus().stream().map(p -> p < 0 ? "?" : "cpu" + p).collect(Collectors.joining(", "));
        item.setText(2, d.vcpus() + (pcpus.isEmpty() ? "" : " on " + pcpus));
        item.setText(3, String.format(Locale.ROOT, "%.0f MiB", d.memoryKiB() / 1024.0));
        item.setText(4, "");
        item.setText(5, "");
        item.setText(6, Double.isNaN(d.runQueueWait()) ? "—" : String.format(Locale.ROOT, "%.1f %%",
                100 * d.runQueueWait()));
        item.setData(new Row(LibvirtTelemetry.vm(d.name()), false, d.memoryKiB() * 1024, uri));
    }

    private static int color(DomainState state) {
        return switch (state) {
            case RUNNING, BLOCKED -> SWT.COLOR_DARK_GREEN;
            case PAUSED, PM_SUSPENDED, SHUTTING_DOWN -> SWT.COLOR_DARK_YELLOW;
            case CRASHED -> SWT.COLOR_RED;
            default -> SWT.COLOR_DARK_GRAY;
        };
    }

    private void migration() {
        MigrationHandle m = latestMigration().orElse(null);
        if (m != null && m.isDone()) {
            finishedAt.putIfAbsent(m, now);
        }
        boolean show = m != null && (!m.isDone() || now - finishedAt.get(m) < SHOW_FINISHED_NANOS);
        setVisible(migrationRow, show);
        if (!show) {
            return;
        }
        String head = m.domain() + ": " + m.sourceName() + " → " + m.destinationName();
        if (m.isDone()) {
            migrationText.setText(NLS.bind(Messages.Lab_migrationDone, m.outcome().join().message()));
            migrationBar.setSelection(m.outcome().join().succeeded() ? 1000 : 0);
        } else {
            JobProgress p = m.latest().orElse(null);
            migrationText.setText(head + " — " + (p == null ? Messages.Migrate_waiting : MigrationJob.describe(p)));
            migrationBar.setSelection(p == null ? 0 : (int) (1000 * p.memoryFraction()));
        }
        cancel.setEnabled(!m.isDone() && !m.isCancelRequested());
        migrationRow.getParent().layout(true, true);
    }

    private java.util.Optional<MigrationHandle> latestMigration() {
        List<MigrationHandle> all = LabSession.get().migrations();
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }

    private void paintSparkline(Event e) {
        if ((e.index != COLUMN_CPU && e.index != COLUMN_MEMORY_USED) || !(e.item.getData() instanceof Row row)) {
            return;
        }
        boolean cpu = e.index == COLUMN_CPU;
        if (!cpu && row.host()) {
            return;
        }
        TreeItem item = (TreeItem) e.item;
        Rectangle cell = item.getBounds(e.index);
        String attribute = cpu ? Attribute.CPU_LOAD : LibvirtTelemetry.MEMORY_USED;
        XySeries s = series.computeIfAbsent(row.subject() + "#" + attribute, k -> LabSession.get().store().fetchXy(
                new SeriesKey(row.subject(), EventKind.METRIC, attribute),
                new TimeRange(Math.max(0, now - WINDOW_NANOS), Math.max(1, now)), Math.max(2, cell.width / 3)));
        double last = lastValue(s);
        String label = Double.isNaN(last) ? "" : cpu ? String.format(Locale.ROOT, "%.0f %%", 100 * last)
                : String.format(Locale.ROOT, "%.0f MiB", last / 1048576.0);
        Color line = e.display.getSystemColor(cpu ? SWT.COLOR_DARK_BLUE : SWT.COLOR_DARK_MAGENTA);
        Sparkline.draw(e.gc, cell, s, cpu ? 1.0 : Math.max(1, row.memoryBytes()), label, line);
    }

    private static double lastValue(XySeries s) {
        double[] v = s.values();
        return v.length == 0 ? Double.NaN : v[v.length - 1];
    }

    private static void dispose(TreeItem[] items, int keep) {
        for (int i = keep; i < items.length; i++) {
            items[i].dispose();
        }
    }

    private static void setVisible(Composite c, boolean visible) {
        if (c.getVisible() != visible) {
            c.setVisible(visible);
            ((GridData) c.getLayoutData()).exclude = !visible;
            c.getParent().layout(true, true);
        }
    }

    private static int indexOf(long period) {
        for (int i = 0; i < LabSession.PERIODS.length; i++) {
            if (LabSession.PERIODS[i] == period) {
                return i;
            }
        }
        return 1;
    }

    /** The texts of the tree, one line per row ("host | state | ..." with domains indented); for tests. */
    List<String> rows() {
        List<String> out = new java.util.ArrayList<>();
        for (TreeItem h : tree.getItems()) {
            out.add(line(h));
            for (TreeItem d : h.getItems()) {
                out.add("  " + line(d));
            }
        }
        return out;
    }

    private String line(TreeItem item) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < tree.getColumnCount(); c++) {
            b.append(c == 0 ? "" : " | ").append(item.getText(c));
        }
        return b.toString();
    }

    /** Selects the row of hypervisor {@code name} (a host's name); for tests. */
    void selectHost(String name) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).startsWith(name + "  —  ")) {
                tree.setSelection(item);
                return;
            }
        }
        throw new IllegalArgumentException("no host " + name + " in the Lab view");
    }

    /** The migration line shown, or empty when hidden; for tests. */
    String migrationLine() {
        return migrationRow.getVisible() ? migrationText.getText() : "";
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }

    @Override
    public void dispose() {
        if (tree != null && !tree.isDisposed()) {
            tree.getDisplay().timerExec(-1, tick);
        }
        super.dispose();
    }
}
