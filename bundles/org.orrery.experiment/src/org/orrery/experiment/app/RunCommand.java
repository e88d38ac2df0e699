package org.orrery.experiment.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.orrery.experiment.Experiment;
import org.orrery.experiment.ExperimentResult;
import org.orrery.experiment.ExperimentRunner;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.Scenario;
import org.orrery.experiment.results.ResultsWriter;
import org.orrery.telemetry.TelemetryStore;

/**
 * The headless run, apart from the OSGi application plumbing so it can be tested directly: parse
 * the arguments, check the output directory, run the built-in demo scenario, write the results,
 * print one line. Exit codes: {@value #OK} done, {@value #FAILED} the run or writing its results
 * failed, {@value #BAD_INPUT} bad arguments or an unusable output directory.
 */
public final class RunCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private RunCommand() {
    }

    /** Runs the command line {@code args}; reports on {@code out} and, one line per problem, {@code err}. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        RunArguments arguments;
        try {
            arguments = RunArguments.parse(args);
        } catch (RunArguments.Invalid e) {
            err.println(NLS.bind(Messages.BadInput, e.getMessage()));
            return BAD_INPUT;
        }
        if (arguments.help()) {
            out.println(Messages.Usage);
            return OK;
        }
        String problem = prepareOutput(arguments.out());
        if (problem != null) {
            err.println(NLS.bind(Messages.BadInput, problem));
            return BAD_INPUT;
        }

        Scenario scenario = Scenario.demo();
        Experiment experiment = new Experiment(scenario, arguments.seed(), arguments.duration());
        TelemetryStore store = new TelemetryStore();
        ExperimentResult result = ExperimentRunner.run(experiment, store, RunMonitor.NONE);
        if (result.cancelled()) {
            err.println(NLS.bind(Messages.Failed, NLS.bind(Messages.Run_cancelled, result.endTime())));
            return FAILED;
        }
        Map<String, Object> run = Map.of("scenario", scenario.name(), "seed", arguments.seed(), "duration",
                arguments.duration());
        ResultsWriter.Written written;
        try {
            written = ResultsWriter.write(arguments.out(), run, store);
        } catch (IOException e) {
            err.println(NLS.bind(Messages.Failed, NLS.bind(Messages.Write_failed, arguments.out(), e.getMessage())));
            return FAILED;
        }
        out.println(NLS.bind(Messages.Done, new Object[] {scenario.name(), arguments.durationText(),
                arguments.seed(), result.migrationsStarted(), result.migrationsCompleted(), result.events(),
                written.trace(), written.series().size(), arguments.out().resolve(ResultsWriter.SERIES_DIRECTORY)}));
        return OK;
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
