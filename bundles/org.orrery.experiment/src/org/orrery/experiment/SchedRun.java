package org.orrery.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.orrery.experiment.plan.SchedPlan;
import org.orrery.sim.param.ParameterInfo;
import org.orrery.sim.sched.experiment.ExperimentDefinition;
import org.orrery.sim.sched.experiment.SchedExperiment;
import org.orrery.sim.sched.experiment.VmSpec;
import org.orrery.sim.sched.measure.Stats;
import org.orrery.telemetry.io.Json;

/**
 * Plays a {@link SchedPlan}, a model's run-queue experiment, on the simulator's host scheduler
 * ({@link SchedExperiment}: every repetition with its own seed, each stopping once its measured VMs
 * are done or at the duration), and writes what it measured: the simulator's CSV
 * ({@code NAME-runs.csv}, one row per run and a column per metric; {@code NAME-summary.csv}, mean
 * and relative standard deviation per metric), {@code summary.txt} (set-up, policy parameters and
 * the table of headline metrics) and {@code summary.json}. FORMATS.md describes them.
 */
public final class SchedRun {

    /** {@code format} of summary.json. */
    public static final String FORMAT = "orrery-sched-summary";
    /** {@code version} of summary.json. */
    public static final int VERSION = 1;
    /** The metrics summary.txt and summary.json lead with (all are in the CSV). */
    public static final List<String> HEADLINE = List.of("completion_s", "throughput_per_s", "context_switches",
            "context_switches_per_s", "spin_wasted_s", "stacking_probability", "distance_probability", "tvm_rsd",
            "lag_1s_ms", "lag_5s_ms", "lag_120s_ms", "lock_holder_preemptions", "max_wait_ms");

    /**
     * The runs of a plan.
     *
     * @param plan what was run
     * @param runs one per repetition, in order
     */
    public record Result(SchedPlan plan, List<SchedExperiment.Run> runs) {

        /** Mean and relative standard deviation over the runs of every metric, in the runs' column order. */
        public Map<String, double[]> statistics() {
            Set<String> metrics = new LinkedHashSet<>();
            runs.forEach(r -> metrics.addAll(r.metrics().keySet()));
            Map<String, double[]> out = new LinkedHashMap<>();
            for (String metric : metrics) {
                double[] values = runs.stream().mapToDouble(r -> r.metrics().getOrDefault(metric, Double.NaN))
                        .toArray();
                out.put(metric, new double[] {Stats.mean(values), Stats.relativeDeviation(values), values.length});
            }
            return out;
        }
    }

    private SchedRun() {
    }

    /** Runs every repetition on this thread; {@code progress} hears one line per run. */
    public static Result run(SchedPlan plan, Consumer<String> progress) {
        return new Result(plan, SchedExperiment.run(plan.definition(), progress));
    }

    /**
     * Writes the CSV files and the summaries of {@code result} into {@code directory}; {@code run}
     * says what was run (model file, experiment) for the summaries. Returns the files written.
     */
    public static List<Path> write(Path directory, Map<String, Object> run, Result result, List<String> notes)
            throws IOException {
        ExperimentDefinition definition = result.plan().definition();
        List<Path> written = new ArrayList<>(SchedExperiment.write(definition, result.runs(), directory));
        written.add(Files.writeString(directory.resolve("summary.txt"), text(run, result, notes),
                StandardCharsets.UTF_8));
        written.add(Files.writeString(directory.resolve("summary.json"), json(run, result, notes),
                StandardCharsets.UTF_8));
        return written;
    }

    static String text(Map<String, Object> run, Result result, List<String> notes) {
        SchedPlan plan = result.plan();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Run-queue experiment \"%s\" of %s: %d run(s), seeds %d to %d, up to %s s"
                + " simulated each%n", plan.title(), run.get("model"), plan.runs(), plan.seed(),
                plan.seed() + plan.runs() - 1, seconds(plan.duration())));
        out.append(String.format(Locale.ROOT, "Scheduler policy: %s (%s, simulated as %s)%n", plan.policyLabel(),
                plan.implementation(), plan.policy()));
        for (ParameterInfo p : plan.parameters()) {
            out.append(String.format(Locale.ROOT, "  %s = %s %s%s", p.name(), p.value(), p.unit(),
                    p.assumption() ? " (assumption)" : "").stripTrailing()).append('\n');
        }
        out.append(String.format(Locale.ROOT, "Host %s: %d pCPUs%n", plan.host(), plan.spec().pcpus()));
        for (VmSpec vm : plan.spec().vms()) {
            out.append(String.format(Locale.ROOT, "  vm/%s: %s, %d vCPUs, %s%n", vm.name(), vm.kind(), vm.vcpus(),
                    vm.measured() ? "measured" : "disturber"));
        }
        out.append('\n');
        Map<String, double[]> stats = result.statistics();
        out.append(String.format(Locale.ROOT, "%-28s %14s %10s%n", "metric (mean over runs)", "mean", "rsd"));
        for (String metric : headline(stats)) {
            double[] s = stats.get(metric);
            out.append(String.format(Locale.ROOT, "%-28s %14s %10s%n", metric, number(s[0]), number(s[1])));
        }
        out.append('\n').append(SchedExperiment.table(result.plan().definition(), result.runs()));
        for (String note : notes) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    static String json(Map<String, Object> run, Result result, List<String> notes) {
        SchedPlan plan = result.plan();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        // sorted: a Map.of's iteration order changes from one JVM to the next, and the file must not
        Map<String, Object> about = new TreeMap<>(run);
        about.put("seed", plan.seed());
        about.put("runs", plan.runs());
        about.put("duration", plan.duration());
        root.put("run", about);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("label", plan.policyLabel());
        policy.put("implementation", plan.implementation());
        policy.put("simulated", plan.policy());
        policy.put("parameters", ParameterInfo.summary(plan.parameters()));
        root.put("policy", policy);
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("subject", plan.host());
        host.put("pcpus", plan.spec().pcpus());
        root.put("host", host);
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, double[]> stats = result.statistics();
        for (String metric : headline(stats)) {
            double[] s = stats.get(metric);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("mean", s[0]);
            o.put("rsd", s[1]);
            o.put("n", (long) s[2]);
            metrics.put(metric, o);
        }
        root.put("metrics", metrics);
        root.put("notes", notes);
        return Json.toText(root) + "\n";
    }

    /** The headline metrics first, then each measured VM's own (e.g. {@code kernbench.completion_s}). */
    private static List<String> headline(Map<String, double[]> stats) {
        List<String> out = new ArrayList<>();
        for (String metric : HEADLINE) {
            if (stats.containsKey(metric)) {
                out.add(metric);
            }
        }
        for (String metric : stats.keySet()) {
            if (metric.contains(".") && !out.contains(metric)) {
                out.add(metric);
            }
        }
        return out;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9).replaceFirst("\\.?0+$", "");
    }
}
