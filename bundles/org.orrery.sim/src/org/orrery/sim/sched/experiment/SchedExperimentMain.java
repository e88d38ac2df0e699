package org.orrery.sim.sched.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: {@code SchedExperimentMain --out DIR [--runs N] [--quiet] FILE...} runs each
 * experiment file headless and writes its CSV into DIR (see {@link SchedExperiment}). Exit codes:
 * 0 done, 1 a run or writing failed, 2 bad arguments or a bad experiment file.
 */
public final class SchedExperimentMain {

    private SchedExperimentMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        Integer runs = null;
        boolean quiet = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> dir = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--runs" -> runs = i + 1 < args.length ? parseRuns(args[++i]) : null;
                case "--quiet" -> quiet = true;
                case "--help", "-h" -> {
                    out.println("usage: SchedExperimentMain --out DIR [--runs N] [--quiet] FILE.sched...");
                    return 0;
                }
                default -> files.add(Path.of(args[i]));
            }
        }
        if (dir == null || files.isEmpty() || (runs != null && runs < 1)) {
            err.println("orrery sched: give --out DIR and at least one experiment file (--runs must be >= 1)");
            return 2;
        }
        List<ExperimentDefinition> defs = new ArrayList<>();
        for (Path f : files) {
            try {
                ExperimentDefinition d = DefinitionParser.read(f);
                defs.add(runs == null ? d : new ExperimentDefinition(d.name(), d.title(), d.policies(), runs, d.seed(),
                        d.duration(), d.untilFinished(), d.variants()));
            } catch (IOException e) {
                err.println("orrery sched: cannot read " + f + ": " + e.getMessage());
                return 2;
            } catch (IllegalArgumentException e) {
                err.println("orrery sched: " + e.getMessage());
                return 2;
            }
        }
        boolean q = quiet;
        for (ExperimentDefinition d : defs) {
            out.println("== " + d.name() + ": " + d.title());
            try {
                List<SchedExperiment.Run> results = SchedExperiment.run(d, line -> {
                    if (!q) {
                        out.println(line);
                    }
                });
                for (Path p : SchedExperiment.write(d, results, dir)) {
                    out.println("wrote " + p);
                }
                out.print(SummaryTable.render(d, results));
            } catch (IOException | RuntimeException e) {
                err.println("orrery sched: " + d.name() + " failed: " + e);
                return 1;
            }
        }
        return 0;
    }

    private static Integer parseRuns(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
