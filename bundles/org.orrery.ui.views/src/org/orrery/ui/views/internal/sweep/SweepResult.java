package org.orrery.ui.views.internal.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import org.orrery.charts.SweepChart;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * A phone experiment's sweep as the workbench ran it: one run per value of the swept parameter,
 * same seed, each kept with its telemetry so that picking it shows it in every live view. The runs
 * are added on the job's thread as they end ({@link org.orrery.experiment.PhoneRun#runAll}, the path
 * the headless run takes too); the Sweep view reads them on its timer. No widgets here.
 */
public final class SweepResult {

    /** Where the sweep is. */
    public enum State {
        RUNNING, DONE, CANCELLED, FAILED
    }

    /** One run of the sweep: its place, result (the metrics of sweep.csv's row) and telemetry. */
    public record Point(int index, PhoneRun.Result result, TelemetryStore store) {
        public double value() {
            return result.sweepValue();
        }
    }

    private static volatile SweepResult current;

    private final String name;
    private final PhonePlan plan;
    private final Map<String, Object> about;
    private final List<Point> points = new CopyOnWriteArrayList<>();
    private volatile State state = State.RUNNING;
    private volatile String failure;
    private volatile double progress;
    private volatile int picked = -1;
    private volatile IntConsumer picker;

    /**
     * @param name  the sweep's name (experiment, file, seed): each run is named after it and its value
     * @param plan  the phone plan with its sweep
     * @param about what every run rests on (model, experiment, notes), for the runs' descriptions
     */
    public SweepResult(String name, PhonePlan plan, Map<String, Object> about) {
        if (plan.sweep() == null) {
            throw new IllegalArgumentException(plan.name() + " has no sweep");
        }
        this.name = name;
        this.plan = plan;
        this.about = Map.copyOf(about);
    }

    /** The sweep the Sweep view shows (the last one started), or null. */
    public static SweepResult current() {
        return current;
    }

    /** Makes {@code sweep} the one the Sweep view shows. */
    public static void show(SweepResult sweep) {
        current = sweep;
    }

    public String name() {
        return name;
    }

    /** A short title: the experiment and the seed (the model file is in Run Control and the runs' names). */
    public String title() {
        return plan.name() + " (seed " + plan.seed() + ")";
    }

    public PhonePlan plan() {
        return plan;
    }

    /** The swept parameter's values, in run order (all of them, run or not). */
    public List<Double> values() {
        return plan.sweep().values();
    }

    // ---- written by the job

    /** Run {@code index} ended (on the job's thread). */
    public void add(int index, PhoneRun.Result result, TelemetryStore store) {
        points.add(new Point(index, result, store));
    }

    /** How far the sweep is, 0..1 over all its runs. */
    public void progressed(double fraction) {
        progress = fraction;
    }

    /** The sweep ended: all its runs, or cancelled, or failed ({@code why} then says why). */
    public void ended(State how, String why) {
        failure = why;
        state = how;
        progress = how == State.DONE ? 1 : progress;
    }

    // ---- read by the views

    public State state() {
        return state;
    }

    public String failure() {
        return failure;
    }

    public double progress() {
        return progress;
    }

    /** The runs that ended, in order. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /** The results of the runs that ended, in order. */
    public List<PhoneRun.Result> results() {
        List<PhoneRun.Result> out = new ArrayList<>();
        points.forEach(p -> out.add(p.result()));
        return out;
    }

    /** {@code spec}'s chart of the runs that ended (the chart {@code orrery run} writes), the picked run marked. */
    public SweepChart chart(PhoneRun.SweepChartSpec spec, boolean markPicked) {
        SweepChart chart = PhoneRun.sweepChart(plan, results(), spec);
        int p = picked;
        if (markPicked && p >= 0 && p < points.size()) {
            chart.mark(points.get(p).value());
        }
        return chart;
    }

    /** sweep.csv of the runs that ended, as {@code orrery run} writes it. */
    public String csv() {
        return PhoneRun.csv(plan, results());
    }

    /** The swept value with its unit, e.g. {@code wifiBandwidthMbps = 5 Mbit/s}. */
    public String label(double value) {
        String unit = plan.sweep().unit();
        return plan.sweep().parameter() + " = " + number(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The name of run {@code index}'s session: the sweep's, and its value. */
    public String pointName(int index) {
        return name + ": " + label(points.get(index).value());
    }

    /**
     * Run {@code index}'s description, as a recording of it carries it: what every run rests on, the
     * sweep's parameter with this run's value, and the phones' parameters at that value.
     */
    public Map<String, Object> about(int index) {
        Map<String, Object> out = new LinkedHashMap<>(about);
        double value = points.get(index).value();
        Map<String, Object> sweep = new LinkedHashMap<>();
        sweep.put("parameter", plan.sweep().parameter());
        sweep.put("unit", plan.sweep().unit());
        sweep.put("value", value);
        out.put("sweep", sweep);
        out.put("phones", PhoneRun.phones(plan, value));
        if (!plan.overrides().isEmpty()) {
            out.put("overrides", plan.overrides());
        }
        return out;
    }

    /** The run picked last (-1: none yet). */
    public int picked() {
        return picked;
    }

    /**
     * Who shows a picked run (Run Control, which then steers it as a replay of its telemetry); null
     * when nobody does: picking then shows the run in the views directly.
     */
    public void setPicker(IntConsumer showing) {
        picker = showing;
    }

    /** Shows run {@code index} in every live view (the Sweep view's table or chart picked it). */
    public void pick(int index) {
        if (index < 0 || index >= points.size()) {
            return;
        }
        picked = index;
        IntConsumer p = picker;
        if (p != null) {
            p.accept(index);
        } else {
            Point point = points.get(index);
            RunSessions.show(new RunSession(pointName(index), "sweep", plan.seed(), point.store(), about(index)));
        }
    }

    /** Notes which run is shown without showing it (the player picked it, e.g. the first when the sweep ended). */
    public void picked(int index) {
        picked = index;
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+$", "$1").replaceFirst("\\.$", "");
    }
}
