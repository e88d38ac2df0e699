package org.orrery.sim.sched.experiment;

import java.io.IOException;
import java.io.Writer;
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
import java.util.function.Consumer;

import org.orrery.sim.sched.measure.Stats;
import org.orrery.telemetry.TelemetryStore;

/**
 * Plays an {@link ExperimentDefinition}: every variant under every policy, {@code runs} times with
 * consecutive seeds, and writes {@code <name>-runs.csv} (one row per run, one column per metric)
 * and {@code <name>-summary.csv} (mean and relative standard deviation per variant, policy and
 * metric).
 */
public final class SchedExperiment {

    /** The result of one run. */
    public record Run(String variant, String policy, int repetition, long seed, Map<String, Double> metrics) {
    }

    private SchedExperiment() {
    }

    /** Runs everything; {@code progress} hears one line per run. */
    public static List<Run> run(ExperimentDefinition def, Consumer<String> progress) {
        List<Run> runs = new ArrayList<>();
        for (ExperimentDefinition.Variant v : def.variants()) {
            for (String policy : def.policies()) {
                for (int r = 0; r < def.runs(); r++) {
                    long seed = def.seed() + r;
                    try (TelemetryStore store = new TelemetryStore()) {
                        SchedWorld world = new SchedWorld(v.host(), policy, seed, "host/" + def.name(), store);
                        world.run(def.duration(), def.untilFinished());
                        Run run = new Run(v.label(), policy, r + 1, seed, world.metrics());
                        runs.add(run);
                        progress.accept(String.format(Locale.ROOT, "%s [%s] %s run %d: %s", def.name(), v.label(), policy,
                                r + 1, brief(run.metrics())));
                    }
                }
            }
        }
        return runs;
    }

    /** Writes the two CSV files into {@code dir}; returns their paths. */
    public static List<Path> write(ExperimentDefinition def, List<Run> runs, Path dir) throws IOException {
        Files.createDirectories(dir);
        Set<String> columns = new LinkedHashSet<>();
        for (Run r : runs) {
            columns.addAll(r.metrics().keySet());
        }
        Path runsFile = dir.resolve(def.name() + "-runs.csv");
        try (Writer w = Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8)) {
            w.write("experiment,variant,policy,run,seed");
            for (String c : columns) {
                w.write("," + c);
            }
            w.write("\n");
            for (Run r : runs) {
                w.write(csv(def.name()) + "," + csv(r.variant()) + "," + r.policy() + "," + r.repetition() + "," + r.seed());
                for (String c : columns) {
                    w.write("," + number(r.metrics().getOrDefault(c, Double.NaN)));
                }
                w.write("\n");
            }
        }
        Path summaryFile = dir.resolve(def.name() + "-summary.csv");
        try (Writer w = Files.newBufferedWriter(summaryFile, StandardCharsets.UTF_8)) {
            w.write("experiment,variant,policy,metric,mean,rsd,n\n");
            for (Map.Entry<String, List<Run>> group : groups(runs).entrySet()) {
                Run first = group.getValue().get(0);
                for (String c : columns) {
                    double[] values = values(group.getValue(), c);
                    w.write(csv(def.name()) + "," + csv(first.variant()) + "," + first.policy() + "," + c + ","
                            + number(Stats.mean(values)) + "," + number(Stats.relativeDeviation(values)) + ","
                            + values.length + "\n");
                }
            }
        }
        return List.of(runsFile, summaryFile);
    }

    /** The plain-text table of the headline metrics, means over runs, one row per variant and policy. */
    public static String table(ExperimentDefinition def, List<Run> runs) {
        return SummaryTable.render(def, runs);
    }

    /** Mean of {@code metric} over the runs of each (variant, policy), in run order. */
    public static Map<String, Double> means(List<Run> runs, String metric) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Run>> g : groups(runs).entrySet()) {
            out.put(g.getKey(), Stats.mean(values(g.getValue(), metric)));
        }
        return out;
    }

    /** Runs grouped by "variant | policy", in first-seen order. */
    static Map<String, List<Run>> groups(List<Run> runs) {
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        for (Run r : runs) {
            groups.computeIfAbsent(r.variant() + " | " + r.policy(), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    static double[] values(List<Run> runs, String metric) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = runs.get(i).metrics().getOrDefault(metric, Double.NaN);
        }
        return v;
    }

    private static String brief(Map<String, Double> m) {
        return String.format(Locale.ROOT, "completion %.1f s, %.0f tput/s, %.0f cs/s, spin %.2f s, stacked %.3f, far %.3f",
                m.get("completion_s"), m.get("throughput_per_s"), m.get("context_switches_per_s"), m.get("spin_wasted_s"),
                m.get("stacking_probability"), m.get("distance_probability"));
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
