package org.orrery.experiment.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.orrery.experiment.PlanResult;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.PlanRun;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.SchedRun;
import org.orrery.experiment.bridge.BridgeException;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.experiment.plan.SchedPlan;
import org.orrery.experiment.results.ResultsWriter;
import org.orrery.experiment.results.RunSummary;
import org.orrery.model.Experiment;
import org.orrery.model.World;
import org.orrery.model.persistence.ModelFileException;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.telemetry.TelemetryStore;

/**
 * The headless run, apart from the OSGi application plumbing so it can be tested directly: parse
 * the arguments, open the model file, pick the experiment, bridge it to a plan, run it on the
 * simulator with progress on {@code err}, write the results (FORMATS.md), print one line. Bad input
 * gets one line per problem on {@code err}. Exit codes: {@value #OK} done, {@value #FAILED} the run
 * or writing its results failed, {@value #BAD_INPUT} bad arguments, model or output directory.
 */
public final class RunCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final int PROGRESS_STEP = 10;

    private RunCommand() {
    }

    /** A problem that ends the command: the lines to print and the exit code. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        final transient List<String> lines;
        final int code;

        Stop(int code, List<String> lines) {
            super(String.join("; ", lines));
            this.code = code;
            this.lines = lines;
        }

        Stop(int code, String line) {
            this(code, List.of(line));
        }
    }

    /** Runs the command line {@code args}; reports on {@code out} and, one line per problem, {@code err}. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        try {
            return run(args, out, err);
        } catch (Stop stop) {
            stop.lines.forEach(err::println);
            return stop.code;
        }
    }

    private static int run(String[] args, PrintStream out, PrintStream err) throws Stop {
        RunArguments arguments;
        try {
            arguments = RunArguments.parse(args);
        } catch (RunArguments.Invalid e) {
            throw new Stop(BAD_INPUT, NLS.bind(Messages.BadInput, e.getMessage()));
        }
        if (arguments.help()) {
            out.println(Messages.Usage);
            return OK;
        }
        Path file = arguments.model();
        Experiment experiment = choose(load(file), file, arguments.experiment());
        ModelBridge.Bridged bridged;
        try {
            bridged = ModelBridge.bridge(experiment, arguments.settings());
        } catch (BridgeException e) {
            throw new Stop(BAD_INPUT, e.problems().stream()
                    .map(p -> NLS.bind(Messages.BadModel, NLS.bind(Messages.Bridge_problem, file.getFileName(), p)))
                    .toList());
        }
        RunPlan plan = bridged.plan().with(arguments.seed() != null ? arguments.seed() : bridged.plan().seed(),
                arguments.duration());
        Path directory = arguments.out() != null ? arguments.out() : defaultDirectory(file, experiment, plan.seed());
        String problem = prepareOutput(directory);
        if (problem != null) {
            throw new Stop(BAD_INPUT, NLS.bind(Messages.BadInput, problem));
        }
        bridged.notes().forEach(note -> err.println(NLS.bind(Messages.Note, note)));
        if (bridged.sched() != null) {
            return runScheduler(bridged, plan.seed(), arguments, file, directory, out, err);
        }
        if (bridged.phone() != null) {
            return runPhone(bridged, plan.seed(), arguments, file, directory, out, err);
        }

        long wallStart = System.nanoTime();
        try (TelemetryStore store = new TelemetryStore()) {
            PlanResult result = PlanRun.prepare(plan, store).run(arguments.quiet() ? RunMonitor.NONE : progress(err));
            if (result.cancelled()) {
                throw new Stop(FAILED, NLS.bind(Messages.Failed, NLS.bind(Messages.Run_cancelled,
                        seconds(result.endTime()))));
            }
            // the file name, not its path: the same model run from elsewhere gives the same trace
            Map<String, Object> run = Map.of("model", file.getFileName().toString(), "experiment", plan.name(),
                    "seed", plan.seed(), "duration", plan.duration());
            RunSummary summary = RunSummary.of(run, result, store, bridged.notes());
            try {
                ResultsWriter.write(directory, run, store, summary);
            } catch (IOException e) {
                throw new Stop(FAILED, NLS.bind(Messages.Failed, NLS.bind(Messages.Write_failed, directory,
                        e.getMessage())));
            }
            out.println(NLS.bind(Messages.Done, new Object[] {plan.name(), file.getFileName(), plan.seed(),
                seconds(result.endTime()), result.started(), result.completed(), result.failed(), result.events(),
                directory, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - wallStart) / 1e9)}));
            return OK;
        }
    }

    /**
     * An experiment with a scheduler policy: the run-queue simulation of its host under that policy,
     * every repetition, its CSV and summaries written (SchedRun).
     */
    private static int runScheduler(ModelBridge.Bridged bridged, long seed, RunArguments arguments, Path file,
            Path directory, PrintStream out, PrintStream err) throws Stop {
        long wallStart = System.nanoTime();
        SchedPlan plan = bridged.sched().with(seed, arguments.duration());
        SchedRun.Result result = SchedRun.run(plan, line -> {
            if (!arguments.quiet()) {
                err.println(NLS.bind(Messages.SchedProgress, line));
            }
        });
        Map<String, Object> run = Map.of("model", file.getFileName().toString(), "experiment", plan.title());
        try {
            SchedRun.write(directory, run, result, bridged.notes());
        } catch (IOException e) {
            throw new Stop(FAILED, NLS.bind(Messages.Failed, NLS.bind(Messages.Write_failed, directory,
                    e.getMessage())));
        }
        double[] stacking = result.statistics().getOrDefault("stacking_probability", new double[] {Double.NaN});
        out.println(NLS.bind(Messages.SchedDone, new Object[] {plan.title(), file.getFileName(), plan.policy(),
            plan.runs(), seed, String.format(Locale.ROOT, "%.3f", stacking[0]), directory,
            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - wallStart) / 1e9)}));
        return OK;
    }

    /**
     * An AMPhone experiment (phones with instances and clones): the phone simulation, once or once
     * per value of its sweep, its trace, series and summaries written (PhoneRun).
     */
    private static int runPhone(ModelBridge.Bridged bridged, long seed, RunArguments arguments, Path file,
            Path directory, PrintStream out, PrintStream err) throws Stop {
        long wallStart = System.nanoTime();
        PhonePlan plan = bridged.phone().with(seed, arguments.duration());
        Map<String, Object> run = Map.of("model", file.getFileName().toString(), "experiment", plan.name());
        List<PhoneRun.Result> results;
        try {
            results = PhoneRun.runAndWrite(plan, directory, run, bridged.notes(), line -> {
                if (!arguments.quiet()) {
                    err.println(NLS.bind(Messages.SchedProgress, line));
                }
            });
        } catch (IOException e) {
            throw new Stop(FAILED, NLS.bind(Messages.Failed, NLS.bind(Messages.Write_failed, directory,
                    e.getMessage())));
        }
        Map<String, Double> first = results.get(0).metrics();
        String figures = String.format(Locale.ROOT, "first run: %.1f J, %.2f MB up, %.2f MB down, %d syncs",
                first.get("energy_J"), first.get("bytes_up") / 1e6, first.get("bytes_down") / 1e6,
                first.get("syncs").longValue());
        out.println(NLS.bind(Messages.PhoneDone, new Object[] {plan.name(), file.getFileName(), seed, results.size(),
            figures, directory, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - wallStart) / 1e9)}));
        return OK;
    }

    private static World load(Path file) throws Stop {
        if (!Files.isRegularFile(file)) {
            throw new Stop(BAD_INPUT, NLS.bind(Messages.BadModel, NLS.bind(Messages.Model_missing, file)));
        }
        try {
            return OrreryResources.load(file);
        } catch (ModelFileException e) {
            ModelFileException.Problem first = e.getProblems().get(0);
            int more = e.getProblems().size() - 1;
            String line = first.line() <= 0 ? NLS.bind(Messages.Model_noPosition, file, first.message())
                    : more == 0 ? NLS.bind(Messages.Model_malformed, new Object[] {file, first.line(), first.column(),
                        first.message()})
                            : NLS.bind(Messages.Model_malformedMore, new Object[] {file, first.line(),
                                first.column(), first.message(), more});
            throw new Stop(BAD_INPUT, NLS.bind(Messages.BadModel, line));
        } catch (IOException | RuntimeException e) {
            throw new Stop(BAD_INPUT, NLS.bind(Messages.BadModel, NLS.bind(Messages.Model_unreadable, file,
                    e.getMessage())));
        }
    }

    /** The experiment named {@code wanted} (by name or id), or the only one when none is named. */
    private static Experiment choose(World world, Path file, String wanted) throws Stop {
        List<Experiment> experiments = world.getExperiments();
        if (experiments.isEmpty()) {
            throw new Stop(BAD_INPUT, NLS.bind(Messages.BadModel, NLS.bind(Messages.Experiment_none, file)));
        }
        String names = experiments.stream().map(RunCommand::describe).collect(Collectors.joining(", "));
        if (wanted == null) {
            if (experiments.size() > 1) {
                throw new Stop(BAD_INPUT, NLS.bind(Messages.BadInput, NLS.bind(Messages.Experiment_choose, file,
                        names)));
            }
            return experiments.get(0);
        }
        return experiments.stream().filter(x -> wanted.equals(x.getName()) || wanted.equals(x.getId())).findFirst()
                .orElseThrow(() -> new Stop(BAD_INPUT, NLS.bind(Messages.BadInput,
                        NLS.bind(Messages.Experiment_unknown, new Object[] {file, wanted, names}))));
    }

    private static String describe(Experiment experiment) {
        String name = "\"" + experiment.getName() + "\"";
        return experiment.getId() == null || experiment.getId().isBlank() ? name
                : name + " (id " + experiment.getId() + ")";
    }

    /** {@code FILE-EXPERIMENT-seedN} in the current directory, with only safe characters. */
    private static Path defaultDirectory(Path file, Experiment experiment, long seed) {
        String stem = file.getFileName().toString().replaceFirst("\\.orrery$", "");
        String key = experiment.getId() != null && !experiment.getId().isBlank() ? experiment.getId()
                : String.valueOf(experiment.getName());
        return Path.of((stem + "-" + key + "-seed" + seed).replaceAll("[^A-Za-z0-9._-]+", "_"));
    }

    /** Prints a line to {@code err} at every tenth of the run. */
    private static RunMonitor progress(PrintStream err) {
        return new RunMonitor() {
            private int reported;

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progressed(long simulatedTime, long duration) {
                int percent = (int) (100 * (double) simulatedTime / duration);
                if (percent >= reported + PROGRESS_STEP) {
                    reported = percent - percent % PROGRESS_STEP;
                    err.println(NLS.bind(Messages.Progress, new Object[] {reported, seconds(simulatedTime),
                        seconds(duration)}));
                }
            }
        };
    }

    private static String seconds(long nanos) {
        String s = String.format(Locale.ROOT, "%.3f", nanos / 1e9);
        return s.replaceFirst("\\.?0+$", "");
    }

    /** Creates the output directory if needed; returns why it cannot be used, or null. */
    private static String prepareOutput(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            return NLS.bind(Messages.Out_notDirectory, directory);
        }
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> entries = Files.list(directory)) {
                    if (entries.findAny().isPresent()) {
                        return NLS.bind(Messages.Out_notEmpty, directory);
                    }
                }
            }
            Files.createDirectories(directory);
            if (!Files.isWritable(directory)) {
                return NLS.bind(Messages.Out_notWritable, directory);
            }
        } catch (IOException e) {
            return NLS.bind(Messages.Out_cannotCreate, directory, e.getMessage());
        }
        return null;
    }
}
