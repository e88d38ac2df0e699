package org.orrery.experiment.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * The headless run's command line: {@code FILE.orrery [--experiment NAME] [--seed N]
 * [--duration TIME] [--out DIR] [--set NAME=VALUE]... [--quiet]}, each option with a value also as
 * {@code --name=value}, or {@code --help}.
 *
 * @param model        the model file
 * @param experiment   name or id of the experiment, or null
 * @param seed         master seed, or null for the experiment's
 * @param duration     simulated time in nanoseconds, or -1 for the experiment's
 * @param out          results directory, or null for the default
 * @param quiet        whether progress is left out
 * @param help         whether {@code --help} was asked for (other fields then unset)
 * @param settings     phone parameters set for this run in place of the model's ({@code --set}, may repeat)
 */
record RunArguments(Path model, String experiment, Long seed, long duration, Path out, boolean quiet, boolean help,
        Map<String, Double> settings) {

    private static final Set<String> VALUED = Set.of("--experiment", "--seed", "--duration", "--out", "--set");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)?");
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of("ns", 1L, "us", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    /** A command line that cannot be run; the message is one line for the user. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    static RunArguments parse(String[] args) throws Invalid {
        Map<String, String> values = new HashMap<>();
        Map<String, Double> settings = new java.util.TreeMap<>();
        String model = null;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new RunArguments(null, null, null, -1, null, false, true, Map.of());
            }
            if (arg.equals("--quiet")) {
                quiet = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (model != null) {
                    throw new Invalid(NLS.bind(Messages.Arg_twoModels, model, arg));
                }
                model = arg;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!VALUED.contains(name)) {
                throw new Invalid(NLS.bind(Messages.Arg_unknown, arg));
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new Invalid(NLS.bind(Messages.Arg_missingValue, name));
                }
                value = args[++i];
            }
            if (name.equals("--set")) {
                // repeatable: one phone parameter each; the bridge checks the name and the value's range
                int at = value.indexOf('=');
                if (at <= 0 || settings.put(value.substring(0, at), number(value.substring(at + 1), value)) != null) {
                    throw new Invalid(NLS.bind(Messages.Arg_badSet, value));
                }
                continue;
            }
            if (values.put(name, value) != null) {
                throw new Invalid(NLS.bind(Messages.Arg_twice, name));
            }
        }
        if (model == null || model.isBlank()) {
            throw new Invalid(Messages.Arg_modelRequired);
        }
        String out = values.get("--out");
        String duration = values.get("--duration");
        return new RunArguments(Path.of(model), values.get("--experiment"), seed(values.get("--seed")),
                duration == null ? -1 : nanos(duration), out == null || out.isBlank() ? null : Path.of(out), quiet,
                false, Map.copyOf(settings));
    }

    private static double number(String text, String setting) throws Invalid {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new Invalid(NLS.bind(Messages.Arg_badSet, setting));
        }
    }

    private static Long seed(String text) throws Invalid {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Invalid(NLS.bind(Messages.Arg_badSeed, text));
        }
    }

    private static long nanos(String text) throws Invalid {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new Invalid(NLS.bind(Messages.Arg_badDuration, text));
        }
        double nanos = Double.parseDouble(m.group(1)) * NANOS_PER_UNIT.get(m.group(2) == null ? "s" : m.group(2));
        // under a nanosecond, or beyond what a long clock holds (292 years)
        if (nanos < 1 || nanos >= Long.MAX_VALUE) {
            throw new Invalid(NLS.bind(Messages.Arg_badDuration, text));
        }
        return (long) nanos;
    }
}
