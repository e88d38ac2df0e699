package org.orrery.ui.views.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.orrery.sim.sched.Policies;
import org.orrery.sim.sched.experiment.DefinitionParser;
import org.orrery.sim.sched.experiment.ExperimentDefinition;
import org.orrery.sim.sched.experiment.HostSpec;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * Run queues of a host, live: the current run's telemetry (a simulation started here or from Run
 * Control, a recording, or a real host watched through libvirt) drawn by {@link RunQueuePainter}.
 * A timer (the live-view refresh preference) reads one {@link RunQueueFrame} at the latest time
 * and repaints; nothing is drawn per event. Start runs the SBCO demonstration (or the first
 * variant of an opened experiment file) under the chosen policy, in slow motion at the chosen
 * speed. Clicking a column shows its red-black tree when the tree pane is on. A lab's run holds
 * the vCPUs of several hypervisors: Host picks the one shown ({@link #showHost}).
 */
public final class RunQueueView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.runQueues";

    /** The demonstration: a Kernbench VM among five 4-thread hog VMs named like vCPU threads, 8 pCPUs. */
    static final List<String> DEMO = List.of("pcpus = 8", "policies = SBCO",
            "vm kernbench = kernbench vcpus=4 measure", "vm hog = hog vcpus=4 count=5");
    private static final String[] SPEED_LABELS = {"0.01x", "0.05x", "0.2x", "1x", "max"};
    private static final double[] SPEEDS = {0.01, 0.05, 0.2, 1, Double.POSITIVE_INFINITY};
    private static final long DURATION = 600_000_000_000L;

    private Canvas canvas;
    private Combo policy;
    private Combo speed;
    private Button tree;
    private Label status;
    private Label hostLabel;
    private Combo hostChoice;
    /** The real hosts in {@link #hostChoice}: URI to name, in the choice's order. */
    private Map<String, String> hostItems = Map.of();
    /** The real host asked for (a URI), or null for the first one. */
    private String host;
    private VmPalette palette;
    private RunQueuePainter painter;
    private final RunQueueFrame.Catalog catalog = new RunQueueFrame.Catalog();
    private RunSession session;
    private RunQueueFrame frame;
    private int treeCpu;
    private volatile double currentSpeed = SPEEDS[1];
    private SchedRunJob job;
    private HostSpec setup;
    private String setupName = RunQueueMessages.demoTitle;
    private LiveSession live;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(10, false));
        new Label(parent, SWT.NONE).setText(RunQueueMessages.policy);
        policy = new Combo(parent, SWT.READ_ONLY);
        policy.setItems(Policies.NAMES.toArray(String[]::new));
        policy.select(Policies.NAMES.indexOf("SBCO"));
        new Label(parent, SWT.NONE).setText(RunQueueMessages.speed);
        speed = new Combo(parent, SWT.READ_ONLY);
        speed.setItems(SPEED_LABELS);
        speed.select(1);
        speed.addListener(SWT.Selection, e -> currentSpeed = SPEEDS[speed.getSelectionIndex()]);
        Button start = new Button(parent, SWT.PUSH);
        start.setText(RunQueueMessages.start);
        start.addListener(SWT.Selection, e -> start());
        Button stop = new Button(parent, SWT.PUSH);
        stop.setText(RunQueueMessages.stop);
        stop.addListener(SWT.Selection, e -> stop());
        Button open = new Button(parent, SWT.PUSH);
        open.setText(RunQueueMessages.openFile);
        open.addListener(SWT.Selection, e -> openFile());
        tree = new Button(parent, SWT.CHECK);
        tree.setText(RunQueueMessages.treePane);
        tree.addListener(SWT.Selection, e -> canvas.redraw());
        hostLabel = new Label(parent, SWT.NONE);
        hostLabel.setText(RunQueueMessages.host);
        hostLabel.setLayoutData(new GridData());
        hostChoice = new Combo(parent, SWT.READ_ONLY);
        hostChoice.setLayoutData(new GridData());
        showHostChoice(false); // until a real host's vCPUs are shown
        hostChoice.addListener(SWT.Selection, e -> showHost(List.copyOf(hostItems.keySet())
                .get(hostChoice.getSelectionIndex())));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 10, 1));

        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 10, 1));
        palette = new VmPalette(canvas.getDisplay());
        painter = new RunQueuePainter(canvas.getDisplay(), palette);
        canvas.addPaintListener(e -> {
            if (frame != null) {
                painter.paint(e.gc, canvas.getClientArea(), frame, session == null ? "" : session.name(), span(),
                        tree.getSelection() ? treeCpu : -1);
            } else {
                e.gc.fillRectangle(canvas.getClientArea());
                if (session != null) {
                    e.gc.drawText(NLS.bind(RunQueueMessages.noEvents, session.name()), 10, 6, true);
                }
            }
        });
        canvas.addListener(SWT.MouseDown, e -> {
            int c = painter.columnAt(e.x, e.y);
            if (c >= 0) {
                treeCpu = c;
                canvas.redraw();
            }
        });
        live = new LiveSession(canvas, this::show, () -> {
            refresh();
            return false;
        });
        live.start();
    }

    /** Starts the demonstration (or the opened set-up) under the selected policy. */
    void start() {
        stop();
        HostSpec spec = setup != null ? setup : DefinitionParser.parse(DEMO, "demo").variants().get(0).host();
        String p = policy.getText();
        TelemetryStore store = new TelemetryStore();
        RunSession run = new RunSession(p + ": " + setupName, "simulation", 1, store);
        job = new SchedRunJob(spec, p, 1, DURATION, store, () -> currentSpeed);
        job.schedule();
        RunSessions.show(run);
    }

    /** Stops a run started here. */
    void stop() {
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    private void openFile() {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.sched", "*.*"});
        String file = dialog.open();
        if (file != null) {
            openSetup(Path.of(file));
        }
    }

    /** Uses the first variant of the experiment file {@code file} for the next Start. */
    void openSetup(Path file) {
        try {
            ExperimentDefinition d = DefinitionParser.read(file);
            setup = d.variants().get(0).host();
            setupName = d.title();
            status.setText(setupName);
        } catch (Exception e) {
            status.setText(NLS.bind(RunQueueMessages.badFile, file.getFileName(), e.getMessage()));
        }
    }

    private void show(RunSession s) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        session = s;
        catalog.size = -1;
        frame = null;
        status.setText(s == null ? RunQueueMessages.noRun : s.name());
        status.getParent().layout();
        refresh();
        canvas.redraw(); // a run with no events yet must not leave the last run's queues on screen
    }

    /** Gantt span: a few wall seconds' worth at the chosen speed for a simulation; a minute for others. */
    private long span() {
        if (session == null || !"simulation".equals(session.origin())) {
            long seen = session == null ? 0 : session.store().endTime();
            return Math.max(5_000_000_000L, Math.min(60_000_000_000L, seen)); // samples come once a second
        }
        double s = Double.isInfinite(currentSpeed) ? 1 : currentSpeed;
        return Math.max(20_000_000L, Math.min(2_000_000_000L, Math.round(s * 4e9)));
    }

    /** Reads the run's newest frame and repaints. */
    private void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        RunSession s = session;
        if (s != null && s.store().size() > 0) {
            catalog.refresh(s.store(), 50_000);
            if (catalog.threads.isEmpty() || catalog.size == 0) {
                catalog.size = -1; // the run has just begun: list again next time
            }
            frame = RunQueueFrame.read(s.store(), catalog, s.store().endTime(), span(), host);
            hosts(frame);
            canvas.redraw();
        }
    }

    /** Lists the real hosts of the run in the Host choice (when they change) and selects the one shown. */
    private void hosts(RunQueueFrame f) {
        if (!f.hosts().equals(hostItems)) {
            hostItems = f.hosts();
            hostChoice.setItems(hostItems.values().toArray(String[]::new)); // names: URIs can be long
            hostChoice.setEnabled(hostItems.size() > 1);
            hostChoice.getParent().layout();
        }
        showHostChoice(f.real() && !hostItems.isEmpty());
        // a simulated run has no host URI (null): List.copyOf's indexOf(null) throws, and it did at
        // every refresh of a simulation, so its queues were never repainted
        int shown = f.host() == null ? -1 : new ArrayList<>(hostItems.keySet()).indexOf(f.host());
        if (shown >= 0 && hostChoice.getSelectionIndex() != shown) {
            hostChoice.select(shown);
            hostChoice.setToolTipText(f.host());
        }
    }

    /** Shows Host and its choice for a real run only: a simulation has one host, named in the header. */
    private void showHostChoice(boolean show) {
        if (hostChoice.getVisible() != show) {
            for (org.eclipse.swt.widgets.Control c : List.of(hostLabel, hostChoice)) {
                c.setVisible(show);
                ((GridData) c.getLayoutData()).exclude = !show;
            }
            hostChoice.getParent().layout();
        }
    }

    /**
     * Shows the run queues of the real host whose vCPUs report {@code uri} (a libvirt URI), at
     * once if the run has them, else as soon as it does.
     */
    public void showHost(String uri) {
        host = uri;
        catalog.size = -1; // a host just watched may have subjects the catalog has not listed yet
        refresh();
    }

    /** The header's lines as last painted (what is shown, legend, summary, VMs); for tests. */
    public List<String> headerTexts() {
        return painter.texts();
    }

    /** The frame last drawn; for tests. */
    public RunQueueFrame frame() {
        return frame;
    }

    /** Selects a policy and a speed by label; for tests. */
    void choose(String policyName, String speedLabel) {
        policy.select(Policies.NAMES.indexOf(policyName));
        speed.select(List.of(SPEED_LABELS).indexOf(speedLabel));
        currentSpeed = SPEEDS[speed.getSelectionIndex()];
    }

    /** Turns the tree pane on for pCPU {@code cpu}; for tests. */
    void showTree(int cpu) {
        tree.setSelection(true);
        treeCpu = cpu;
        canvas.redraw();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        stop();
        if (live != null) {
            live.stop();
        }
        super.dispose();
    }
}
