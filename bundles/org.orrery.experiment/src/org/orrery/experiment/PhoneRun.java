package org.orrery.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.orrery.charts.SweepChart;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.experiment.results.ResultsWriter;
import org.orrery.sim.RunOutcome;
import org.orrery.sim.Simulation;
import org.orrery.sim.SimulationDriver;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.param.ParameterInfo;
import org.orrery.sim.phone.PhoneInstanceSim;
import org.orrery.sim.phone.PhoneParameters;
import org.orrery.sim.phone.PhoneSim;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.io.Json;

/**
 * Plays a {@link PhonePlan} (amphone.md) on the simulator's phone model ({@code org.orrery.sim.phone})
 * and writes what it measured. One run: the trace, CSV series and Perfetto export
 * ({@link ResultsWriter}) and {@code summary.txt} / {@code summary.json} with the run's metrics, the
 * parameters and the notes. A sweep: one run per value (same seed), each written into
 * {@code runs/PARAMETER-VALUE/}, and {@code sweep.csv} (one row per value, a column per metric) with
 * the summaries at the top. FORMATS.md describes the files.
 */
public final class PhoneRun {

    /** {@code format} of summary.json. */
    public static final String FORMAT = "orrery-phone-summary";
    /** {@code version} of summary.json. */
    public static final int VERSION = 1;

    /**
     * One run's measures, in a fixed order (FORMATS.md lists them): totals over the instances, means
     * for the latencies.
     */
    public record Result(Double sweepValue, long endTime, int events, Map<String, Double> metrics) {
    }

    private PhoneRun() {
    }

    /**
     * A phone plan's simulation, built and not run yet: the batch {@link #run} drives it to the end
     * at once; Run Control drives it through a {@link SimulationDriver} (paced, paused, stepped) and
     * calls {@link #finish()} when the driver has reached the end.
     */
    public static final class Prepared {
        private final PhonePlan plan;
        private final Simulation simulation;
        private final Map<String, PhoneSim> phones;
        private final Map<String, PhoneInstanceSim> instances;

        private Prepared(PhonePlan plan, Simulation simulation, Map<String, PhoneSim> phones,
                Map<String, PhoneInstanceSim> instances) {
            this.plan = plan;
            this.simulation = simulation;
            this.phones = phones;
            this.instances = instances;
        }

        /** A driver to the plan's end (batch until a speed is set). */
        public SimulationDriver driver() {
            return new SimulationDriver(simulation, plan.duration());
        }

        /** The simulation, for callers that advance it themselves (a test stepping through the protocol). */
        public Simulation simulation() {
            return simulation;
        }

        /** Settles and reports the phones' energy at the end of the run (on the simulating thread). */
        public void finish() {
            phones.values().forEach(PhoneSim::finish);
        }

        Result result(Double sweepValue, int events) {
            return new Result(sweepValue, simulation.now(), events, metrics(phones.values(), instances.values()));
        }
    }

    /** Builds {@code plan}'s simulation into {@code store}, with the sweep's parameter at {@code sweepValue} if not null. */
    public static Prepared prepare(PhonePlan plan, Double sweepValue, TelemetryStore store) {
        Simulation simulation = new Simulation(plan.seed(), store);
        FlowNetwork network = new FlowNetwork(simulation);
        Map<String, PhoneSim> phones = new LinkedHashMap<>();
        Map<String, PhoneInstanceSim> instances = new LinkedHashMap<>();
        for (PhonePlan.PlanPhone p : plan.phones()) {
            PhoneParameters parameters = sweepValue == null ? p.parameters()
                    : plan.sweep().apply(p.parameters(), sweepValue);
            PhoneSim phone = new PhoneSim(simulation, network, p.subject(), parameters);
            for (PhonePlan.PlanInstance i : p.instances()) {
                instances.put(i.subject(), phone.addInstance(i.subject(), i.cloneSubject(), i.speedUp()));
            }
            phones.put(p.subject(), phone);
        }
        phones.values().forEach(PhoneSim::start);
        for (PhonePlan.Step step : plan.steps()) {
            simulation.scheduleAt(step.at(), s -> perform(step, phones, instances, simulation));
        }
        return new Prepared(plan, simulation, phones, instances);
    }

    /** Runs {@code plan} once into {@code store}, with the sweep's parameter at {@code sweepValue} if not null. */
    public static Result run(PhonePlan plan, Double sweepValue, TelemetryStore store) {
        return run(plan, sweepValue, store, RunMonitor.NONE, 0, 1);
    }

    /**
     * One run on a batch driver (the path of every phone run to its end, headless or in the
     * workbench's sweeps), {@code monitor} told of progress as run {@code index} of {@code count}
     * (a sweep's progress is one bar over all its runs) and asked whether to stop; null when it
     * stopped before the end (the store then holds what the run reported so far).
     */
    private static Result run(PhonePlan plan, Double sweepValue, TelemetryStore store, RunMonitor monitor, int index,
            int count) {
        Prepared prepared = prepare(plan, sweepValue, store);
        SimulationDriver driver = prepared.driver();
        long duration = plan.duration();
        RunOutcome outcome;
        try {
            outcome = driver.run((now, end) -> {
                monitor.progressed(index * duration + now, count * duration);
                if (monitor.isCancelled()) {
                    driver.cancel();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (outcome != RunOutcome.TIME_REACHED) {
            return null;
        }
        prepared.finish();
        return prepared.result(sweepValue, store.size());
    }

    /** Told of each run of a sweep (or the one run of a plan without a sweep) as it ends. */
    @FunctionalInterface
    public interface RunSink {
        /**
         * Run {@code index} (0 for a plan without a sweep) reached its end: its result and its
         * telemetry, which the sink now owns (it closes the store, or keeps it to show).
         */
        void accept(int index, Result result, TelemetryStore store) throws IOException;
    }

    /** What {@link #runAll} ran: the results in order, and whether it was stopped before the last run. */
    public record Outcome(List<Result> results, boolean cancelled) {
        public Outcome {
            results = List.copyOf(results);
        }
    }

    /**
     * Runs {@code plan}: once, or once per value of its sweep in order, each with the plan's seed
     * into a store of its own handed to {@code sink} as it ends. The one path of a phone plan's runs
     * to their end: the headless {@link #runAndWrite} and the workbench's sweeps both come here, so
     * the same model, experiment and seed give the same results in both. Stops, with the runs that
     * ended, when {@code monitor} says so (the run under way is dropped and its store closed).
     */
    public static Outcome runAll(PhonePlan plan, RunMonitor monitor, RunSink sink) throws IOException {
        List<Double> values = new ArrayList<>();
        if (plan.sweep() == null) {
            values.add(null);
        } else {
            values.addAll(plan.sweep().values());
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (monitor.isCancelled()) {
                return new Outcome(results, true);
            }
            TelemetryStore store = new TelemetryStore();
            Result r = run(plan, values.get(i), store, monitor, i, values.size());
            if (r == null) {
                store.close();
                return new Outcome(results, true);
            }
            results.add(r);
            sink.accept(i, r, store);
        }
        return new Outcome(results, false);
    }

    private static void perform(PhonePlan.Step step, Map<String, PhoneSim> phones,
            Map<String, PhoneInstanceSim> instances, Simulation simulation) {
        if (step.offload()) {
            PhoneInstanceSim instance = instances.get(step.target());
            try {
                instance.offload(step.value());
            } catch (IllegalStateException e) {
                // a scenario may ask while the instance is already offloaded: the run goes on, the log says why
                simulation.emit(org.orrery.telemetry.EventKind.MESSAGE, step.target(), Map.of(
                        org.orrery.telemetry.Attribute.TEXT, step.name() + ": offload refused",
                        org.orrery.telemetry.Attribute.REASON, e.getMessage()));
            }
            return;
        }
        PhoneSim phone = phones.get(step.target());
        switch (step.parameter()) {
            case "wifiBandwidthMbps" -> phone.setWifiMbps(step.value());
            case "thresholdKB" -> phone.setThresholdKiB(step.value());
            case "inputEventRatePerS" -> phone.setInputEventRate(step.value());
            case "wifiConnected" -> phone.setConnected(step.value() != 0);
            case "phoneFails" -> phone.fail();
            default -> throw new IllegalArgumentException("unknown phone parameter " + step.parameter());
        }
    }


    private static Map<String, Double> metrics(Iterable<PhoneSim> phones, Iterable<PhoneInstanceSim> instances) {
        Map<String, Double> m = new LinkedHashMap<>();
        double energy = 0;
        double radio = 0;
        double cpu = 0;
        for (PhoneSim phone : phones) {
            energy += phone.energyJ();
            radio += phone.radioEnergyJ();
            cpu += phone.cpuEnergyJ();
        }
        long offloads = 0;
        long returns = 0;
        double offloadLatency = 0;
        double returnLatency = 0;
        long syncs = 0;
        long conflicts = 0;
        long up = 0;
        long down = 0;
        long resent = 0;
        long changedUp = 0;
        long changedDown = 0;
        long captured = 0;
        long replayed = 0;
        long lostEvents = 0;
        long lostBytes = 0;
        long maxUp = 0;
        long maxDown = 0;
        for (PhoneInstanceSim instance : instances) {
            PhoneInstanceSim.Stats s = instance.stats();
            offloads += s.offloads;
            returns += s.returns;
            offloadLatency += s.offloadLatencyTotal;
            returnLatency += s.returnLatencyTotal;
            syncs += s.syncs;
            conflicts += s.conflicts;
            up += s.bytesUp;
            down += s.bytesDown;
            resent += s.resentBytes;
            changedUp += s.changedUp;
            changedDown += s.changedDown;
            captured += s.eventsCaptured;
            replayed += s.eventsReplayed;
            lostEvents += s.eventsLost;
            lostBytes += s.lostBytes;
            maxUp = Math.max(maxUp, s.maxPendingUp);
            maxDown = Math.max(maxDown, s.maxPendingDown);
        }
        m.put("energy_J", energy);
        m.put("radio_energy_J", radio);
        m.put("cpu_energy_J", cpu);
        m.put("offloads", (double) offloads);
        m.put("offload_latency_s", offloads == 0 ? Double.NaN : offloadLatency / offloads / 1e9);
        m.put("return_latency_s", returns == 0 ? Double.NaN : returnLatency / returns / 1e9);
        m.put("syncs", (double) syncs);
        m.put("conflicts", (double) conflicts);
        m.put("bytes_up", (double) up);
        m.put("bytes_down", (double) down);
        m.put("changed_up", (double) changedUp);
        m.put("changed_down", (double) changedDown);
        m.put("resent_bytes", (double) resent);
        m.put("events_captured", (double) captured);
        m.put("events_replayed", (double) replayed);
        m.put("events_lost", (double) lostEvents);
        m.put("lost_bytes", (double) lostBytes);
        m.put("max_pending_up", (double) maxUp);
        m.put("max_pending_down", (double) maxDown);
        return m;
    }

    /**
     * Runs {@code plan} (every value of its sweep, if any) and writes the results into
     * {@code directory}; {@code run} says what was run (model file, experiment).
     */
    public static List<Result> runAndWrite(PhonePlan plan, Path directory, Map<String, Object> run, List<String> notes,
            Consumer<String> progress) throws IOException {
        List<Result> results = runAll(plan, RunMonitor.NONE, (i, r, store) -> {
            try (store) {
                if (plan.sweep() == null) {
                    ResultsWriter.write(directory, trace(run, plan), store, null);
                    return;
                }
                Path sub = directory.resolve("runs").resolve(plan.sweep().parameter() + "-" + number(r.sweepValue()));
                Map<String, Object> about = new TreeMap<>(trace(run, plan));
                about.put(plan.sweep().parameter(), r.sweepValue());
                ResultsWriter.write(sub, about, store, null);
                progress.accept(plan.sweep().parameter() + " = " + number(r.sweepValue()) + ": energy "
                        + number(r.metrics().get("energy_J")) + " J, " + number(r.metrics().get("bytes_up") / 1e6)
                        + " MB up, " + number(r.metrics().get("bytes_down") / 1e6) + " MB down");
            }
        }).results();
        if (plan.sweep() != null) {
            Files.writeString(directory.resolve("sweep.csv"), csv(plan, results), StandardCharsets.UTF_8);
            Path charts = directory.resolve(ResultsWriter.CHARTS_DIRECTORY);
            for (SweepChartSpec spec : SWEEP_CHARTS) {
                sweepChart(plan, results, spec).write(charts, spec.name(), 1000, 600);
            }
        }
        Files.writeString(directory.resolve(ResultsWriter.SUMMARY_TEXT), text(run, plan, results, notes),
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(ResultsWriter.SUMMARY_JSON), json(run, plan, results, notes),
                StandardCharsets.UTF_8);
        return results;
    }

    /**
     * One of a sweep's charts: its file name ({@code charts/NAME.png}), the y axis' label with its
     * unit, and the metrics drawn against the swept parameter.
     */
    public record SweepChartSpec(String name, String measure, List<String> metrics) {
        public SweepChartSpec {
            metrics = List.copyOf(metrics);
        }
    }

    /** A sweep's charts, as {@code orrery run} writes them and the workbench's Sweep view draws them (FORMATS.md). */
    public static final List<SweepChartSpec> SWEEP_CHARTS = List.of(
            new SweepChartSpec("sweep-energy", "energy (J, assumed model)",
                    List.of("energy_J", "radio_energy_J", "cpu_energy_J")),
            new SweepChartSpec("sweep-latency", "latency (s)", List.of("offload_latency_s", "return_latency_s")),
            new SweepChartSpec("sweep-bytes", "bytes on the air", List.of("bytes_up", "bytes_down", "resent_bytes")),
            new SweepChartSpec("sweep-syncs", "count", List.of("syncs", "conflicts", "offloads")));

    /** {@code spec}'s chart of a sweep's {@code results} (in run order): each metric against the swept parameter. */
    public static SweepChart sweepChart(PhonePlan plan, List<Result> results, SweepChartSpec spec) {
        PhonePlan.Sweep sweep = plan.sweep();
        double[] xs = results.stream().mapToDouble(Result::sweepValue).toArray();
        String parameter = sweep.unit().isEmpty() ? sweep.parameter() : sweep.parameter() + " (" + sweep.unit() + ")";
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String metric : spec.metrics()) {
            series.put(metric, results.stream().mapToDouble(r -> r.metrics().get(metric)).toArray());
        }
        return new SweepChart(plan.name() + ": " + spec.measure().replaceFirst(" \\(.*", ""), parameter, spec.measure(),
                xs, series);
    }

    private static Map<String, Object> trace(Map<String, Object> run, PhonePlan plan) {
        Map<String, Object> about = new TreeMap<>(run);
        about.put("seed", plan.seed());
        about.put("duration", plan.duration());
        return about;
    }

    /** {@code sweep.csv} of a sweep's results (FORMATS.md): the swept value, then every metric, a row per run. */
    public static String csv(PhonePlan plan, List<Result> results) {
        StringBuilder out = new StringBuilder(plan.sweep().parameter());
        results.get(0).metrics().keySet().forEach(k -> out.append(',').append(k));
        out.append('\n');
        for (Result r : results) {
            out.append(number(r.sweepValue()));
            r.metrics().values().forEach(v -> out.append(',').append(number(v)));
            out.append('\n');
        }
        return out.toString();
    }

    static String text(Map<String, Object> run, PhonePlan plan, List<Result> results, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Phone experiment \"%s\" of %s: seed %d, %s s simulated%s%n", plan.name(),
                run.get("model"), plan.seed(), number(plan.duration() / 1e9),
                plan.sweep() == null ? "" : ", " + results.size() + " runs sweeping " + plan.sweep().parameter()));
        for (PhonePlan.PlanPhone phone : plan.phones()) {
            out.append(String.format(Locale.ROOT, "Phone %s: %d instance(s)%n", phone.subject(), phone.instances().size()));
            for (PhonePlan.PlanInstance i : phone.instances()) {
                out.append(String.format(Locale.ROOT, "  %s, clone %s, speed-up %s%n", i.subject(), i.cloneSubject(),
                        number(i.speedUp())));
            }
        }
        out.append("Energy figures are estimates from an ASSUMED model:\n");
        for (PhonePlan.PlanPhone phone : plan.phones()) {
            for (ParameterInfo p : ParameterInfo.describe(phone.parameters().energy())) {
                out.append(String.format(Locale.ROOT, "  %s energy.%s = %s %s%n", phone.subject(), p.name(), p.value(),
                        p.unit()));
            }
        }
        out.append('\n');
        List<String> metrics = new ArrayList<>(results.get(0).metrics().keySet());
        out.append(String.format(Locale.ROOT, "%-20s", plan.sweep() == null ? "metric" : plan.sweep().parameter()));
        if (plan.sweep() == null) {
            out.append(String.format(Locale.ROOT, " %14s%n", "value"));
            for (String metric : metrics) {
                out.append(String.format(Locale.ROOT, "%-20s %14s%n", metric, number(results.get(0).metrics().get(metric))));
            }
        } else {
            out.append('\n');
            for (String metric : metrics) {
                out.append(String.format(Locale.ROOT, "%-20s", metric));
                for (Result r : results) {
                    out.append(String.format(Locale.ROOT, " %12s", number(r.metrics().get(metric))));
                }
                out.append('\n');
            }
            out.append(String.format(Locale.ROOT, "%-20s", "(values)"));
            for (Result r : results) {
                out.append(String.format(Locale.ROOT, " %12s", number(r.sweepValue())));
            }
            out.append('\n');
        }
        out.append('\n');
        for (String note : notes) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    static String json(Map<String, Object> run, PhonePlan plan, List<Result> results, List<String> notes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("run", trace(run, plan));
        if (plan.sweep() != null) {
            Map<String, Object> sweep = new LinkedHashMap<>();
            sweep.put("parameter", plan.sweep().parameter());
            sweep.put("unit", plan.sweep().unit());
            sweep.put("values", plan.sweep().values());
            root.put("sweep", sweep);
        }
        List<Object> runs = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> o = new LinkedHashMap<>();
            if (r.sweepValue() != null) {
                o.put("value", r.sweepValue());
            }
            o.put("endTime", r.endTime());
            o.put("events", r.events());
            Map<String, Object> metrics = new LinkedHashMap<>();
            r.metrics().forEach((k, v) -> metrics.put(k, Double.isNaN(v) ? null : v));
            o.put("metrics", metrics);
            runs.add(o);
        }
        root.put("runs", runs);
        root.put("phones", phones(plan, null));
        if (!plan.overrides().isEmpty()) {
            root.put("overrides", plan.overrides());
        }
        root.put("energyModel", "assumption");
        root.put("notes", notes);
        return Json.toText(root) + "\n";
    }

    /**
     * Every phone's subject and parameters as summary.json and a workbench recording list them
     * (FORMATS.md): per parameter its name, value, unit and whether it is an assumption; one set for
     * this run in place of the model's value also {@code "override": true} and the model's value as
     * {@code "model"}; with {@code sweepValue} (a sweep's run) the swept parameter at that value,
     * {@code "swept": true}.
     */
    public static List<Object> phones(PhonePlan plan, Double sweepValue) {
        List<Object> phones = new ArrayList<>();
        for (PhonePlan.PlanPhone phone : plan.phones()) {
            PhoneParameters used = sweepValue == null ? phone.parameters() : plan.sweep().apply(phone.parameters(),
                    sweepValue);
            List<ParameterInfo> infos = ParameterInfo.describe(used);
            List<Object> parameters = ParameterInfo.summary(infos);
            Map<String, Object> model = new LinkedHashMap<>();
            ParameterInfo.describe(phone.model()).forEach(i -> model.put(i.name(), i.value()));
            for (int i = 0; i < infos.size(); i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> o = (Map<String, Object>) parameters.get(i);
                String name = infos.get(i).name();
                if (sweepValue != null && name.equals(plan.sweep().control())) {
                    o.put("swept", true);
                } else if (!infos.get(i).value().equals(model.get(name))) {
                    o.put("override", true);
                    o.put("model", model.get(name));
                }
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("subject", phone.subject());
            o.put("parameters", parameters);
            phones.add(o);
        }
        return phones;
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+$", "$1").replaceFirst("\\.$", "");
    }
}
