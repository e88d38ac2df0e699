package org.orrery.ui.views.internal;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.orrery.experiment.Experiment;
import org.orrery.experiment.ExperimentResult;
import org.orrery.experiment.ExperimentRunner;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.Scenario;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * Starts and stops simulation runs and says where the current one is. The run executes in an
 * Eclipse job; this view reads the job's progress from fields on a timer, never per event.
 */
public final class RunControlView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.runControl";
    static final long SECOND = 1_000_000_000L;

    private Text seed;
    private Text duration;
    private Button start;
    private Button stop;
    private Label state;
    private Label time;
    private Label events;
    private Label error;
    private volatile Job job;
    private volatile long simulatedTime;
    private volatile String stateText = "";
    private TelemetryStore store;
    private final Runnable tick = this::tick;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Label scenario = new Label(parent, SWT.WRAP);
        scenario.setText(Messages.RunControl_scenario);
        scenario.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(parent, SWT.NONE).setText(Messages.RunControl_seed);
        seed = new Text(parent, SWT.BORDER);
        seed.setText(Integer.toString(Platform.getPreferencesService().getInt("org.orrery.ui", "defaultSeed", 42, null)));
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE).setText(Messages.RunControl_duration);
        duration = new Text(parent, SWT.BORDER);
        duration.setText("600");
        duration.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        start = new Button(buttons, SWT.PUSH);
        start.setText(Messages.RunControl_start);
        start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        start.addListener(SWT.Selection, e -> start());
        stop = new Button(buttons, SWT.PUSH);
        stop.setText(Messages.RunControl_stop);
        stop.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, e -> stop());

        error = new Label(parent, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        Group status = new Group(parent, SWT.NONE);
        status.setText(Messages.RunControl_noRun);
        status.setLayout(new GridLayout(2, false));
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        state = field(status, Messages.RunControl_state, Messages.RunControl_idle);
        time = field(status, Messages.RunControl_time, "-");
        events = field(status, Messages.RunControl_events, "-");
        parent.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    private static Label field(Composite parent, String name, String value) {
        new Label(parent, SWT.NONE).setText(name);
        Label v = new Label(parent, SWT.NONE);
        v.setText(value);
        v.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return v;
    }

    /** Starts a run with the seed and duration in the fields; says what is wrong with them otherwise. */
    void start() {
        long seedValue;
        double seconds;
        try {
            seedValue = Long.parseLong(seed.getText().trim());
            if (seedValue < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            error.setText(Messages.RunControl_badSeed);
            return;
        }
        try {
            seconds = Double.parseDouble(duration.getText().trim());
            if (!(seconds > 0 && seconds <= 86_400)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            error.setText(Messages.RunControl_badDuration);
            return;
        }
        error.setText("");
        Experiment experiment = new Experiment(Scenario.demo(), seedValue, (long) (seconds * SECOND));
        store = new TelemetryStore();
        RunSessions.show(new RunSession("demo, seed " + seedValue, "simulation", seedValue, store));
        simulatedTime = 0;
        stateText = Messages.RunControl_running;
        Job run = new Job(Messages.bind(Messages.RunControl_jobName, seedValue)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), 1000);
                try {
                    ExperimentResult result = ExperimentRunner.run(experiment, store, new RunMonitor() {
                        private int worked;

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCanceled();
                        }

                        @Override
                        public void progressed(long now, long end) {
                            simulatedTime = now;
                            int done = (int) (1000.0 * now / end);
                            monitor.worked(done - worked);
                            worked = done;
                        }
                    });
                    stateText = result.cancelled() ? Messages.RunControl_cancelled : Messages.RunControl_finished;
                    return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (RuntimeException e) {
                    stateText = Messages.bind(Messages.RunControl_failed, e.getMessage());
                    return Status.error(stateText, e);
                } finally {
                    monitor.done();
                }
            }
        };
        run.setUser(false);
        job = run;
        run.schedule();
        updateButtons();
    }

    void stop() {
        Job j = job;
        if (j != null) {
            j.cancel();
        }
    }

    /** Whether a run is in progress; for tests and the Run menu. */
    boolean isRunning() {
        Job j = job;
        return j != null && j.getState() != Job.NONE;
    }

    private void tick() {
        if (state == null || state.isDisposed()) {
            return;
        }
        if (store != null) {
            // Touch the widgets (and lay out) only when something shown changed since the last tick.
            boolean changed = show(state, stateText)
                    | show(time, String.format(Locale.ROOT, "%.1f s", simulatedTime / (double) SECOND))
                    | show(events, Integer.toString(store.size()));
            Group group = (Group) state.getParent();
            String title = RunSessions.current() == null ? Messages.RunControl_noRun : RunSessions.current().name();
            if (!title.equals(group.getText())) {
                group.setText(title);
                changed = true;
            }
            if (changed) {
                group.layout();
            }
        }
        updateButtons();
        state.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    private static boolean show(Label label, String text) {
        if (text.equals(label.getText())) {
            return false;
        }
        label.setText(text);
        return true;
    }

    private void updateButtons() {
        boolean running = isRunning();
        start.setEnabled(!running);
        stop.setEnabled(running);
    }

    void setFields(String seedText, String durationText) {
        seed.setText(seedText);
        duration.setText(durationText);
    }

    String errorText() {
        return error.getText();
    }

    String stateText() {
        return state.getText();
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
        super.dispose();
    }
}
