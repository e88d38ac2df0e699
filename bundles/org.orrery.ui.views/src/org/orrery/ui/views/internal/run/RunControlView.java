package org.orrery.ui.views.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.ui.part.ViewPart;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.PlanRun;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.experiment.plan.SchedPlan;
import org.orrery.sim.sched.experiment.SchedWorld;
import org.orrery.sim.sched.measure.SchedTelemetry;
import org.orrery.model.Experiment;
import org.orrery.sim.SimulationDriver;
import org.orrery.sim.param.ParameterInfo;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.io.TraceFile;
import org.orrery.telemetry.replay.Replay;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;
import org.orrery.ui.views.internal.RefreshRate;
import org.orrery.ui.views.internal.sweep.SweepResult;

/**
 * Run Control: picks a model file and one of its experiments, starts it on the simulator, and
 * plays, pauses, steps, speeds up or slows down the run; scrubs through a finished run or a
 * recording; saves the run shown as a recording and opens recordings. A phone experiment's sweep
 * runs every value ({@link SweepPlayer}); Phone Clones' controls run a phone experiment again with
 * other parameter values ({@link #rerunPhone}), kept here as settings over the model.
 * <p>
 * The run itself happens in a job ({@link SimulationPlayer}); this view only steers and reads
 * fields on the views' timer, never once per event. Whatever run it starts or opens becomes the
 * {@linkplain RunSessions current session}, which every live view follows. A run started
 * elsewhere (a libvirt lab) is shown by name; it can be saved but not steered from here.
 */
public final class RunControlView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.runControl";
    private static final long SECOND = 1_000_000_000L;
    private static final int SCRUB_STEPS = 1000;
    /** Speed choices: 0.1x to as fast as possible. */
    static final double[] SPEEDS = {0.1, 0.25, 0.5, 1, 2, 5, 10, 100, 1000, SimulationDriver.AS_FAST_AS_POSSIBLE};
    private static final int DEFAULT_SPEED = 6;
    private static final String RUN_QUEUES_VIEW_ID = "org.orrery.ui.views.runQueues";
    private static final String PHONES_VIEW_ID = "org.orrery.ui.views.live.phones";
    private static final String SWEEP_VIEW_ID = "org.orrery.ui.views.sweep";

    private Combo model;
    private Button browse;
    private Combo experiment;
    private Text seed;
    private Button start;
    private Button stop;
    private Button play;
    private Button stepBack;
    private Button step;
    private Combo speed;
    private Scale scrub;
    private Label position;
    private Group status;
    private Label runName;
    private Label state;
    private Label events;
    private Label origin;
    private Text notes;
    private Label message;
    private Composite overridesRow;
    private Label overridesText;

    /**
     * Phone parameters set over the model's (the Phone Clones view's controls): name to value, for
     * every phone experiment of {@link #overridesModel} until cleared or another file is chosen.
     */
    private final Map<String, Double> phoneOverrides = new java.util.TreeMap<>();
    private Path overridesModel;

    /** The phone run (or sweep) started last, so Phone Clones can run it again with other values. */
    private record PhoneRunStarted(Path model, int experiment, PhonePlan plan) {
    }

    private PhoneRunStarted lastPhoneRun;

    private final Map<String, Path> modelChoices = new LinkedHashMap<>();
    private List<Experiment> experiments = List.of();
    private Path loadedModel;

    private RunPlayer player;
    private RunSession session;
    private final Runnable tick = this::tick;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));

        label(parent, Messages.RunControl_model);
        model = new Combo(parent, SWT.DROP_DOWN);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        model.addListener(SWT.Selection, e -> modelChanged());
        model.addListener(SWT.DefaultSelection, e -> modelChanged());
        model.addListener(SWT.FocusOut, e -> modelChanged());
        browse = new Button(parent, SWT.PUSH);
        browse.setText(Messages.RunControl_browse);
        browse.addListener(SWT.Selection, e -> browse());

        label(parent, Messages.RunControl_experiment);
        experiment = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
        experiment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        experiment.addListener(SWT.Selection, e -> experimentChanged());

        label(parent, Messages.RunControl_seed);
        seed = new Text(parent, SWT.BORDER);
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        seed.setText(Integer.toString(Platform.getPreferencesService().getInt("org.orrery.ui", "defaultSeed", 42, null)));

        Composite runButtons = row(parent, 2);
        start = button(runButtons, Messages.RunControl_start, this::start);
        stop = button(runButtons, Messages.RunControl_stop, this::stop);

        Composite playback = row(parent, 3);
        stepBack = button(playback, Messages.RunControl_stepBack, () -> steer(RunPlayer::stepBack));
        play = button(playback, Messages.RunControl_pause, this::playOrPause);
        step = button(playback, Messages.RunControl_step, () -> steer(RunPlayer::step));

        label(parent, Messages.RunControl_speed);
        speed = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
        for (double s : SPEEDS) {
            speed.add(Double.isInfinite(s) ? Messages.RunControl_fastest : formatSpeed(s));
        }
        speed.select(DEFAULT_SPEED);
        speed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        speed.addListener(SWT.Selection, e -> steer(p -> p.setSpeed(speedValue())));

        scrub = new Scale(parent, SWT.HORIZONTAL);
        scrub.setMinimum(0);
        scrub.setMaximum(SCRUB_STEPS);
        scrub.setPageIncrement(SCRUB_STEPS / 20);
        scrub.setToolTipText(Messages.RunControl_scrubHint);
        scrub.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        scrub.addListener(SWT.Selection, e -> scrubbed());
        position = new Label(parent, SWT.NONE);
        position.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        status = new Group(parent, SWT.NONE);
        status.setText(Messages.RunControl_run);
        status.setLayout(new GridLayout(2, false));
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        // the run's name can be long (experiment, file, seed): a wrapping line, not the group title
        runName = new Label(status, SWT.WRAP);
        GridData nameData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        nameData.widthHint = 150;
        runName.setLayoutData(nameData);
        runName.setText(Messages.RunControl_noRun);
        state = field(status, Messages.RunControl_state);
        events = field(status, Messages.RunControl_events);
        origin = field(status, Messages.RunControl_origin);

        // the phone settings over the model (from Phone Clones), while there are any
        overridesRow = new Composite(parent, SWT.NONE);
        GridLayout overridesLayout = new GridLayout(2, false);
        overridesLayout.marginWidth = 0;
        overridesRow.setLayout(overridesLayout);
        GridData overridesData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        overridesRow.setLayoutData(overridesData);
        overridesText = new Label(overridesRow, SWT.WRAP);
        GridData overridesTextData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        overridesTextData.widthHint = 150;
        overridesText.setLayoutData(overridesTextData);
        Button clear = new Button(overridesRow, SWT.PUSH);
        clear.setText(Messages.RunControl_clearOverrides);
        clear.setToolTipText(Messages.RunControl_clearOverridesTip);
        clear.addListener(SWT.Selection, e -> clearOverrides());
        showOverrides();

        Composite recording = row(parent, 2);
        button(recording, Messages.RunControl_saveRecording, this::saveRecordingWithDialog);
        button(recording, Messages.RunControl_openRecording, this::openRecordingWithDialog);

        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));

        Label notesTitle = new Label(parent, SWT.WRAP);
        notesTitle.setText(Messages.RunControl_notes);
        notesTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        notes = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        notesData.heightHint = 80;
        notesData.widthHint = 200;
        notes.setLayoutData(notesData);

        fillModelChoices();
        parent.getDisplay().timerExec(RefreshRate.millis(), tick);
        updateControls();
    }

    // ---- building the widgets -------------------------------------------------------------

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        return l;
    }

    private static Composite row(Composite parent, int columns) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, true);
        layout.marginWidth = 0;
        c.setLayout(layout);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return c;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static Label field(Composite parent, String name) {
        label(parent, name);
        Label v = new Label(parent, SWT.NONE);
        v.setText("-");
        v.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return v;
    }

    private static String formatSpeed(double s) {
        return (s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s)) + "x";
    }

    // ---- the model and experiment fields --------------------------------------------------

    /** The open editor's model first (what the user is looking at), then the samples. */
    private void fillModelChoices() {
        modelChoices.clear();
        Path open = activeEditorFile();
        if (open != null) {
            modelChoices.put(NLS.bind(Messages.RunControl_editor, open.getFileName()), open);
        }
        modelChoices.putAll(ModelSource.samples());
        model.setItems(modelChoices.keySet().toArray(String[]::new));
        if (model.getItemCount() > 0) {
            model.select(0);
            modelChanged();
        }
    }

    private Path activeEditorFile() {
        IEditorPart editor = getSite().getPage() == null ? null : getSite().getPage().getActiveEditor();
        IEditorInput input = editor == null ? null : editor.getEditorInput();
        if (input instanceof IFileEditorInput f && f.getFile().getLocation() != null) {
            return f.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())) {
            return Path.of(u.getURI());
        }
        return null;
    }

    /** The file the model field names: a listed choice, or a path typed in. */
    Path modelFile() {
        String text = model.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        Path listed = modelChoices.get(text);
        return listed != null ? listed : Path.of(text);
    }

    private void modelChanged() {
        Path file = modelFile();
        if (file != null && file.equals(loadedModel)) {
            return;
        }
        loadedModel = file;
        if (!phoneOverrides.isEmpty() && !java.util.Objects.equals(file, overridesModel)) {
            clearOverrides(); // settings of another model's phones
        }
        experiments = List.of();
        experiment.removeAll();
        try {
            experiments = ModelSource.experiments(file);
            for (Experiment x : experiments) {
                experiment.add(ModelSource.label(x));
            }
            experiment.select(0);
            experimentChanged();
            say("");
        } catch (ModelSource.Problem p) {
            say(p.getMessage());
        }
        updateControls();
    }

    private void experimentChanged() {
        Experiment x = chosenExperiment();
        if (x != null) {
            seed.setText(Long.toString(x.getSeed()));
        }
    }

    private Experiment chosenExperiment() {
        int i = experiment.getSelectionIndex();
        return i >= 0 && i < experiments.size() ? experiments.get(i) : null;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(model.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.orrery", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            setModel(Path.of(chosen));
        }
    }

    /** Points the model field at {@code file} and lists its experiments. */
    void setModel(Path file) {
        model.setText(file.toString());
        loadedModel = null; // chosen again: read it again, it may have changed
        modelChanged();
    }

    /** Chooses the experiment listed as {@code label} (name, or "name (id)"); for tests and the Run menu. */
    void selectExperiment(String label) {
        for (int i = 0; i < experiment.getItemCount(); i++) {
            String item = experiment.getItem(i);
            if (item.equals(label) || item.startsWith(label + " (")) {
                experiment.select(i);
                experimentChanged();
                return;
            }
        }
        throw new IllegalArgumentException("no experiment " + label + " in " + List.of(experiment.getItems()));
    }

    void setSeed(String text) {
        seed.setText(text);
    }

    void setSpeedIndex(int index) {
        speed.select(index);
        steer(p -> p.setSpeed(speedValue()));
    }

    private double speedValue() {
        return SPEEDS[Math.max(0, speed.getSelectionIndex())];
    }

    // ---- running ------------------------------------------------------------------------------

    /**
     * Starts the chosen experiment with the seed in the field, playing at the chosen speed; says
     * what is wrong otherwise and leaves the run shown until then alone.
     */
    public void start() {
        startChosen();
    }

    /** Starts what the fields say; returns whether a run (or sweep) started, else the message says why. */
    private boolean startChosen() {
        modelChanged();
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.getText().trim());
            if (seedValue < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            say(Messages.RunControl_badSeed);
            return false;
        }
        Experiment x = chosenExperiment();
        if (x == null) {
            say(experiments.isEmpty() && message.getText().length() > 0 ? message.getText() : Messages.RunControl_noModel);
            return false;
        }
        ModelBridge.Bridged bridged;
        try {
            // the phone settings over the model apply to phone experiments only (the bridge refuses them elsewhere)
            bridged = ModelSource.bridge(x, ModelSource.isPhoneExperiment(x) ? phoneOverrides : Map.of());
        } catch (ModelSource.Problem p) {
            say(p.getMessage());
            return false;
        }
        lastPhoneRun = bridged.phone() == null ? null
                : new PhoneRunStarted(loadedModel, experiment.getSelectionIndex(), bridged.phone());
        if (bridged.phone() != null && bridged.phone().sweep() != null) {
            startSweep(x, bridged, bridged.phone().with(seedValue, 0));
            return true;
        }
        TelemetryStore store = new TelemetryStore();
        SimulationDriver driver;
        Runnable atEnd = () -> { };
        Map<String, Object> about = Map.of();
        if (bridged.phone() != null) {
            // an AMPhone experiment: its phones, instances and clones, one run at this seed
            PhonePlan plan = bridged.phone().with(seedValue, 0);
            PhoneRun.Prepared phones = PhoneRun.prepare(plan, null, store);
            driver = phones.driver();
            atEnd = phones::finish;
            about = phoneAbout(x, plan, bridged.notes());
            about.put("phones", PhoneRun.phones(plan, null));
        } else if (bridged.sched() != null) {
            // a scheduler experiment: its host's run queues under the policy (one repetition, this seed),
            // reported in full for the Run Queues view
            SchedPlan sched = bridged.sched().with(seedValue, 0);
            SchedWorld world = new SchedWorld(sched.spec(), sched.policy(), seedValue, "host/" + sched.name(), store,
                    SchedTelemetry.Options.ALL);
            driver = new SimulationDriver(world.simulation(), sched.duration());
        } else {
            RunPlan plan = bridged.plan().with(seedValue, bridged.plan().duration());
            driver = PlanRun.prepare(plan, store).driver();
        }
        SimulationPlayer next = new SimulationPlayer(driver, store, NLS.bind(Messages.RunControl_jobName, seedValue),
                speedValue(), atEnd);
        String name = NLS.bind(Messages.RunControl_runName, new Object[] {x.getName(), loadedModel.getFileName(),
            seedValue});
        notes.setText(assumptions(bridged));
        say("");
        adopt(next, new RunSession(name, "simulation", seedValue, store, about));
        showDeployment(loadedModel);
        if (bridged.sched() != null || bridged.phone() != null) {
            try {
                // shown on top of its folder, then the controls get the focus back
                getSite().getPage().showView(bridged.phone() != null ? PHONES_VIEW_ID : RUN_QUEUES_VIEW_ID);
                getSite().getPage().activate(this);
            } catch (PartInitException e) {
                say(e.getMessage());
            }
        }
        next.play();
        updateControls();
        return true;
    }

    /** What a phone run rests on beyond its telemetry (its recording's description): model, experiment, settings, notes. */
    private Map<String, Object> phoneAbout(Experiment x, PhonePlan plan, List<String> runNotes) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("model", loadedModel.getFileName().toString());
        about.put("experiment", x.getName() == null ? ModelSource.label(x) : x.getName());
        if (!plan.overrides().isEmpty()) {
            about.put("overrides", plan.overrides());
        }
        about.put("notes", runNotes);
        return about;
    }

    /**
     * A phone experiment's sweep: every value of its parameter, same seed, in a job (progress in the
     * bar and the Progress view, Stop cancels), through the headless run's path; the Sweep view shows
     * the chart and the runs as they end, and picking one shows it in every live view.
     */
    private void startSweep(Experiment x, ModelBridge.Bridged bridged, PhonePlan plan) {
        String name = NLS.bind(Messages.RunControl_runName, new Object[] {x.getName(), loadedModel.getFileName(),
            plan.seed()});
        SweepResult sweep = new SweepResult(name, plan, phoneAbout(x, plan, bridged.notes()));
        SweepPlayer next = new SweepPlayer(sweep, NLS.bind(Messages.RunControl_sweepJob, plan.sweep().parameter(),
                plan.seed()));
        sweep.setPicker(i -> {
            // the Sweep view picked a run: shown as a replay this view steers (scrub, step back)
            if (player == next && ownsSession() && state != null && !state.isDisposed()) {
                next.show(i);
                tick();
            }
        });
        SweepResult previous = SweepResult.current();
        if (previous != null) {
            previous.setPicker(null);
        }
        SweepResult.show(sweep);
        notes.setText(assumptions(bridged));
        say("");
        adopt(next, new RunSession(name, "sweep", plan.seed(), next.store(), phoneAbout(x, plan, bridged.notes())));
        showDeployment(loadedModel);
        try {
            // the sweep's chart and runs beside the Event Log; Phone Clones in the live folder shows the run picked
            getSite().getPage().showView(PHONES_VIEW_ID);
            getSite().getPage().showView(SWEEP_VIEW_ID);
            getSite().getPage().activate(this);
        } catch (PartInitException e) {
            say(e.getMessage());
        }
        next.start();
        updateControls();
    }

    // ---- phone settings over the model (Phone Clones' controls) --------------------------------

    /** Whether {@code shown} is the phone run (or a run of the sweep) this view started last, so it can run again. */
    public boolean canRerun(RunSession shown) {
        return shown != null && shown == session && ownsSession() && lastPhoneRun != null;
    }

    /**
     * Runs the phone experiment {@code shown} came from again, with its seed, its phones' settable
     * parameters at {@code values} (those that differ from the model's become overrides, shown here
     * and noted in the run); returns null when it started, else why not (the settings are then as
     * they were).
     */
    public String rerunPhone(RunSession shown, Map<String, Double> values) {
        if (!canRerun(shown)) {
            return Messages.RunControl_cannotRerun;
        }
        PhoneRunStarted run = lastPhoneRun;
        org.orrery.sim.phone.PhoneParameters model = run.plan().phones().get(0).model();
        Map<String, Double> before = new java.util.TreeMap<>(phoneOverrides);
        phoneOverrides.clear();
        values.forEach((name, value) -> {
            if (Double.compare(value, model.control(name)) != 0) {
                phoneOverrides.put(name, value);
            }
        });
        if (run.plan().sweep() != null) {
            // the sweep sets its own parameter (the control is off): a setting of it would go unused
            phoneOverrides.remove(run.plan().sweep().control());
        }
        overridesModel = run.model();
        setModel(run.model());
        if (run.experiment() >= 0 && run.experiment() < experiment.getItemCount()) {
            experiment.select(run.experiment());
        }
        seed.setText(Long.toString(shown.seed()));
        boolean started = startChosen();
        if (!started) {
            phoneOverrides.clear();
            phoneOverrides.putAll(before);
        }
        showOverrides();
        return started ? null : messageText();
    }

    private void clearOverrides() {
        phoneOverrides.clear();
        overridesModel = null;
        showOverrides();
    }

    /** The settings over the model in a line above the recording buttons, hidden while there are none. */
    private void showOverrides() {
        if (overridesRow == null || overridesRow.isDisposed()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        phoneOverrides.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(" = ")
                .append(v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString()));
        boolean any = !phoneOverrides.isEmpty();
        overridesText.setText(any ? NLS.bind(Messages.RunControl_overrides, text) : "");
        ((GridData) overridesRow.getLayoutData()).exclude = !any;
        overridesRow.setVisible(any);
        overridesRow.getParent().layout(true, true);
    }

    /** The phone settings over the model Start uses now; for tests. */
    Map<String, Double> phoneOverrides() {
        return Map.copyOf(phoneOverrides);
    }

    /**
     * Opens the model's diagram (unless it is open already) so the run is seen on the deployment:
     * the diagram draws the run's overlay. A model that cannot be opened does not stop the run.
     */
    private void showDeployment(Path file) {
        IWorkbenchPage page = getSite().getPage();
        for (IEditorReference ref : page.getEditorReferences()) {
            try {
                IEditorInput input = ref.getEditorInput();
                Path open = input instanceof IFileEditorInput f && f.getFile().getLocation() != null
                        ? f.getFile().getLocation().toFile().toPath()
                        : input instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())
                                ? Path.of(u.getURI()) : null;
                if (file.toAbsolutePath().normalize().equals(open == null ? null : open.toAbsolutePath().normalize())) {
                    page.bringToTop(ref.getPart(true));
                    return;
                }
            } catch (PartInitException e) {
                // an editor that cannot restore its input is not the one we look for
            }
        }
        try {
            IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
            page.activate(this);
        } catch (PartInitException e) {
            say(e.getMessage());
        }
    }

    /**
     * What the run rests on, for the notes pane: the bridge's notes (defaults it filled in), then the
     * policy's parameters with their values, those nobody measured marked as assumptions.
     */
    static String assumptions(ModelBridge.Bridged bridged) {
        StringBuilder text = new StringBuilder();
        bridged.notes().forEach(n -> text.append("- ").append(n).append('\n'));
        if (bridged.phone() != null) {
            // every phone's parameters, the energy model's among them (all assumed: amphone.md has no energy figure)
            PhonePlan.Sweep sweep = bridged.phone().sweep();
            for (PhonePlan.PlanPhone phone : bridged.phone().phones()) {
                text.append(NLS.bind(Messages.RunControl_parameters, phone.subject())).append('\n');
                Map<String, Object> model = new LinkedHashMap<>();
                ParameterInfo.describe(phone.model()).forEach(p -> model.put(p.name(), p.value()));
                for (ParameterInfo p : ParameterInfo.describe(phone.parameters())) {
                    parameterLines(text, List.of(p));
                    if (sweep != null && p.name().equals(sweep.control())) {
                        replaceLastLineEnd(text, NLS.bind(Messages.RunControl_sweptValues, sweep.values().stream()
                                .map(v -> v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString())
                                .collect(java.util.stream.Collectors.joining(", "))));
                    } else if (!p.value().equals(model.get(p.name()))) {
                        replaceLastLineEnd(text, NLS.bind(Messages.RunControl_override, model.get(p.name())));
                    }
                }
                for (PhonePlan.PlanInstance i : phone.instances()) {
                    text.append(NLS.bind(Messages.RunControl_phoneInstance, new Object[] {i.subject(), i.cloneSubject(),
                        i.speedUp()})).append('\n');
                }
            }
            return text.toString().stripTrailing();
        }
        List<ParameterInfo> parameters = bridged.sched() != null ? bridged.sched().parameters()
                : bridged.plan().migration().parameters();
        String policy = bridged.sched() != null ? bridged.sched().policyLabel() : bridged.plan().migration().label();
        if (!parameters.isEmpty()) {
            text.append(NLS.bind(Messages.RunControl_parameters, policy)).append('\n');
        }
        parameterLines(text, parameters);
        return text.length() == 0 ? Messages.RunControl_noNotes : text.toString().stripTrailing();
    }

    /** Adds {@code more} at the end of the last line of {@code text} (before its line end). */
    private static void replaceLastLineEnd(StringBuilder text, String more) {
        text.setLength(text.length() - 1);
        text.append(more).append('\n');
    }

    private static void parameterLines(StringBuilder text, List<ParameterInfo> parameters) {
        for (ParameterInfo p : parameters) {
            text.append("  ").append(p.name()).append(" = ").append(p.value());
            if (p.unit() != null && !p.unit().isBlank()) {
                text.append(' ').append(p.unit());
            }
            if (p.assumption()) {
                text.append(Messages.RunControl_assumption);
            }
            text.append('\n');
        }
    }

    /** Makes {@code next} the player and {@code shown} the run every view shows. */
    private void adopt(RunPlayer next, RunSession shown) {
        if (player != null) {
            player.dispose();
        }
        if (player instanceof SweepPlayer old) {
            old.sweep().setPicker(null); // its runs, picked in the Sweep view, now go to the views directly
        }
        player = next;
        session = shown;
        RunSessions.show(shown);
    }

    /** Stops the run being steered (a simulation is cancelled; a replay stays where it is). */
    public void stop() {
        if (player != null) {
            player.stop();
        }
        updateControls();
    }

    private void playOrPause() {
        steer(p -> {
            if (p.state() == RunPlayer.State.PLAYING) {
                p.pause();
            } else {
                p.setSpeed(speedValue());
                p.play();
            }
        });
    }

    private void steer(java.util.function.Consumer<RunPlayer> action) {
        if (player != null && ownsSession()) {
            action.accept(player);
            tick();
        }
    }

    private void scrubbed() {
        if (player == null || !player.canScrub()) {
            return;
        }
        long span = player.endTime() - player.startTime();
        player.scrubTo(player.startTime() + Math.round(span * (scrub.getSelection() / (double) SCRUB_STEPS)));
        tick();
    }

    /** Whether the run every view shows is the one this view steers. */
    private boolean ownsSession() {
        return session != null && RunSessions.current() == session;
    }

    // ---- recordings ---------------------------------------------------------------------------

    void saveRecordingWithDialog() {
        RunSession shown = RunSessions.current();
        if (shown == null) {
            say(Messages.RunControl_nothingToSave);
            return;
        }
        FileDialog dialog = new FileDialog(model.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.jsonl", "*.*"});
        dialog.setFileName(shown.name().replaceAll("[^A-Za-z0-9._-]+", "_") + ".trace.jsonl");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveRecording(Path.of(chosen));
        }
    }

    /**
     * Saves everything the current run has recorded (all of it for a replay or a scrubbed run,
     * not just what is shown) to {@code file}, atomically: a failed save leaves the old file.
     * Returns whether it was saved; says why not otherwise.
     */
    boolean saveRecording(Path file) {
        RunSession shown = RunSessions.current();
        if (shown == null) {
            say(Messages.RunControl_nothingToSave);
            return false;
        }
        TelemetryStore all = ownsSession() ? player.recording() : shown.store();
        // what the run rests on (a phone run's parameters, overrides marked) travels with it
        Map<String, Object> run = new LinkedHashMap<>(shown.about());
        run.put("name", shown.name());
        run.put("origin", shown.origin());
        run.put("seed", shown.seed());
        Path temp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            temp = Files.createTempFile(dir, ".orrery-recording", ".tmp");
            TraceFile.write(temp, run, all);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            say(NLS.bind(Messages.RunControl_saved, all.size(), file));
            return true;
        } catch (IOException | RuntimeException e) {
            say(NLS.bind(Messages.RunControl_cannotSave, file, e.getMessage()));
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the temporary file is all that is left behind; the target is untouched
                }
            }
        }
    }

    void openRecordingWithDialog() {
        FileDialog dialog = new FileDialog(model.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.jsonl", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            openRecording(Path.of(chosen));
        }
    }

    /** Opens a saved recording, paused at its start, as the run every view shows. */
    boolean openRecording(Path file) {
        TraceFile.Recording recording;
        try {
            recording = TraceFile.read(file);
        } catch (IOException | RuntimeException e) {
            say(NLS.bind(Messages.RunControl_cannotOpen, file.getFileName(), e.getMessage()));
            return false;
        }
        ReplayPlayer next = new ReplayPlayer(new Replay(recording.store()), recording.store());
        long recordedSeed = recording.run().get("seed") instanceof Long l ? l : -1;
        notes.setText(String.valueOf(recording.run()));
        say("");
        lastPhoneRun = null; // a recording cannot run again from here
        adopt(next, new RunSession(NLS.bind(Messages.RunControl_replayName, file.getFileName()), "replay",
                recordedSeed, next.store(), recording.run()));
        next.setSpeed(speedValue());
        updateControls();
        return true;
    }

    // ---- the timer ------------------------------------------------------------------------

    private void tick() {
        if (state == null || state.isDisposed()) {
            return;
        }
        if (player != null && ownsSession()) {
            player.update();
            if (player.store() != session.store()) {
                // a finished run became a replay of itself, or a sweep shows another of its runs:
                // point the views at what it shows
                session = player.describe(session);
                RunSessions.show(session);
            }
        }
        updateControls();
        state.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    private void updateControls() {
        RunSession shown = RunSessions.current();
        boolean steering = player != null && ownsSession();
        RunPlayer.State s = steering ? player.state() : null;
        boolean over = s == RunPlayer.State.FINISHED || s == RunPlayer.State.STOPPED || s == RunPlayer.State.FAILED;
        boolean scrubbable = steering && player.canScrub();
        boolean changed = false;

        SweepPlayer sweep = steering && player instanceof SweepPlayer sp ? sp : null;
        boolean sweeping = sweep != null && sweep.sweeping();
        changed |= set(runName, shown == null ? Messages.RunControl_noRun : shown.name());
        changed |= set(state, shown == null ? "-" : sweep != null ? sweep.stateText() : steering ? stateText(s,
                player.failure()) : NLS.bind(Messages.RunControl_elsewhere, shown.origin()));
        changed |= set(events, shown == null ? "-" : Integer.toString(shown.store().size()));
        changed |= set(origin, shown == null ? "-" : shown.seed() >= 0 ? shown.origin() + ", seed " + shown.seed()
                : shown.origin());
        if (steering) {
            changed |= set(position, sweeping ? sweep.progressText() : NLS.bind(Messages.RunControl_position,
                    seconds(player.position()), seconds(player.endTime())));
            // the bar follows the run (a progress bar while it cannot be dragged)
            long span = Math.max(1, player.endTime() - player.startTime());
            int at = (int) Math.round(SCRUB_STEPS * (player.position() - player.startTime()) / (double) span);
            if (scrub.getSelection() != at && !(scrubbable && scrub.isFocusControl())) {
                scrub.setSelection(at);
            }
        } else {
            changed |= set(position, "");
            scrub.setSelection(0);
        }

        enable(start, !steering || over || player instanceof ReplayPlayer || s == RunPlayer.State.READY);
        enable(stop, steering && (!over || sweeping));
        // a sweep runs as fast as it can: nothing to pause or step until it has ended
        boolean canPlay = steering && !sweeping && (!over || scrubbable && s != RunPlayer.State.FAILED);
        enable(play, canPlay);
        changed |= set(play, s == RunPlayer.State.PLAYING && !sweeping ? Messages.RunControl_pause
                : Messages.RunControl_play);
        enable(step, steering && !sweeping && (!over || scrubbable && s != RunPlayer.State.FAILED));
        enable(stepBack, scrubbable);
        enable(scrub, scrubbable);
        enable(speed, steering && !sweeping && !over || scrubbable);
        if (changed) {
            // only the rows whose text changed: a deep layout of the whole view every tick (the event
            // count changes at every tick of a busy run) cost the UI thread tens of milliseconds
            status.layout(new Control[] {runName, state, events, origin});
            position.getParent().layout(new Control[] {position, play});
        }
    }

    private static String stateText(RunPlayer.State s, String failure) {
        return switch (s) {
            case READY -> Messages.RunControl_ready;
            case PLAYING -> Messages.RunControl_playing;
            case PAUSED -> Messages.RunControl_paused;
            case FINISHED -> Messages.RunControl_finished;
            case STOPPED -> Messages.RunControl_stopped;
            case FAILED -> NLS.bind(Messages.RunControl_failed, failure);
        };
    }

    private String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / (double) SECOND);
    }

    /** Sets a widget's text only when it differs (no needless relayout); returns whether it did. */
    private static boolean set(Control control, String text) {
        String now = control instanceof Label l ? l.getText() : ((Button) control).getText();
        if (text.equals(now)) {
            return false;
        }
        if (control instanceof Label l) {
            l.setText(text);
        } else {
            ((Button) control).setText(text);
        }
        return true;
    }

    private static void enable(Control control, boolean enabled) {
        if (control.getEnabled() != enabled) {
            control.setEnabled(enabled);
        }
    }

    private void say(String text) {
        if (!text.equals(message.getText())) {
            message.setText(text);
            message.getParent().layout(new Control[] {message});
        }
    }

    // ---- for tests and the Run menu ---------------------------------------------------------

    /** What the view says (an error, or what a save did). */
    public String messageText() {
        return message.getText();
    }

    String stateText() {
        return state.getText();
    }

    String notesText() {
        return notes.getText();
    }

    String positionText() {
        return position.getText();
    }

    int scrubSelection() {
        return scrub.getSelection();
    }

    boolean playEnabled() {
        return play.getEnabled();
    }

    String overridesLine() {
        return overridesRow.getVisible() ? overridesText.getText() : "";
    }

    RunPlayer player() {
        return player;
    }

    /** Whether a simulation is still running (playing or paused). */
    public boolean isRunning() {
        RunPlayer p = player;
        return p instanceof SimulationPlayer sim && sim.job().getState() != org.eclipse.core.runtime.jobs.Job.NONE
                || p instanceof SweepPlayer sweep && sweep.job().getState() != org.eclipse.core.runtime.jobs.Job.NONE;
    }

    void pressPlayPause() {
        playOrPause();
    }

    void pressStep() {
        steer(RunPlayer::step);
    }

    void pressStepBack() {
        steer(RunPlayer::stepBack);
    }

    /** Moves the scrub bar to {@code fraction} of the run, as a drag does. */
    void scrubToFraction(double fraction) {
        scrub.setSelection((int) Math.round(fraction * SCRUB_STEPS));
        scrubbed();
    }

    List<String> experimentLabels() {
        return new ArrayList<>(List.of(experiment.getItems()));
    }

    @Override
    public void setFocus() {
        start.setFocus();
    }

    @Override
    public void dispose() {
        if (state != null && !state.isDisposed()) {
            state.getDisplay().timerExec(-1, tick);
        }
        // the run goes on without the view only if someone else shows it; ours ends with the view
        if (player != null) {
            player.dispose();
        }
        if (player instanceof SweepPlayer sweep) {
            sweep.sweep().setPicker(null);
        }
        super.dispose();
    }
}
