package org.orrery.experiment.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * The headless run's command line: {@code --out DIR [--seed N] [--duration TIME]}, each option also
 * as {@code --name=value}, or {@code --help}.
 *
 * @param out          results directory
 * @param seed         master seed, 1 unless given
 * @param duration     simulated time, nanoseconds; 10 minutes unless given
 * @param durationText the duration as the user wrote it, for messages
 * @param help         whether {@code --help} was asked for (other fields then unset)
 */
record RunArguments(Path out, long seed, long duration, String durationText, boolean help) {

    static final long DEFAULT_SEED = 1;
    static final String DEFAULT_DURATION = "10m";

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
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new RunArguments(null, 0, 0, null, true);
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!name.equals("--out") && !name.equals("--seed") && !name.equals("--duration")) {
                throw new Invalid(NLS.bind(Messages.Arg_unknown, arg));
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new Invalid(NLS.bind(Messages.Arg_missingValue, name));
                }
                value = args[++i];
            }
            if (values.put(name, value) != null) {
                throw new Invalid(NLS.bind(Messages.Arg_twice, name));
            }
        }
        String out = values.get("--out");
        if (out == null || out.isBlank()) {
            throw new Invalid(Messages.Arg_outRequired);
        }
        String durationText = values.getOrDefault("--duration", DEFAULT_DURATION);
        return new RunArguments(Path.of(out), seed(values.get("--seed")), nanos(durationText), durationText, false);
    }

    private static long seed(String text) throws Invalid {
        if (text == null) {
            return DEFAULT_SEED;
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
