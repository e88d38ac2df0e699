package org.orrery.sim.sched.experiment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code key=value} settings of one line of an experiment file, read with typed defaults. Keys
 * nobody asked for are reported by {@link #checkAllUsed(String)}, so a misspelt parameter is an
 * error, not a silent default.
 */
public final class Options {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)?");

    private final Map<String, String> values;
    private final Set<String> used = new LinkedHashSet<>();

    Options(Map<String, String> values) {
        this.values = new LinkedHashMap<>(values);
    }

    /**
     * Settings given as a map, for a caller building a set-up in code (the experiment bridge):
     * values are read as an experiment file's are (durations such as {@code 20ms}).
     */
    public static Options of(Map<String, String> values) {
        return new Options(values);
    }

    /** Parses {@code key=value} tokens (a bare word is {@code word=true}). */
    static Options parse(Iterable<String> tokens) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String token : tokens) {
            int eq = token.indexOf('=');
            if (eq < 0) {
                values.put(token, "true");
            } else {
                values.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return new Options(values);
    }

    boolean has(String key) {
        used.add(key);
        return values.containsKey(key);
    }

    String text(String key, String fallback) {
        used.add(key);
        return values.getOrDefault(key, fallback);
    }

    int integer(String key, int fallback) {
        return parsed(key, fallback, Integer::valueOf, "a whole number");
    }

    double number(String key, double fallback) {
        return parsed(key, fallback, Double::valueOf, "a number");
    }

    private <T> T parsed(String key, T fallback, Function<String, T> parse, String what) {
        String v = text(key, null);
        try {
            return v == null ? fallback : parse.apply(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be " + what + ", not '" + v + "'");
        }
    }

    boolean flag(String key, boolean fallback) {
        String v = text(key, null);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    /** A duration such as {@code 20ms}, {@code 1.5s} (seconds when no unit), in nanoseconds. */
    long nanos(String key, long fallback) {
        String v = text(key, null);
        return v == null ? fallback : parseNanos(key, v);
    }

    static long parseNanos(String key, String v) {
        Matcher m = DURATION.matcher(v.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be a duration such as 20ms or 1.5s, not '" + v + "'");
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        double scale = switch (unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return Math.round(Double.parseDouble(m.group(1)) * scale);
    }

    /** Throws when a key was given that no reader asked for. */
    void checkAllUsed(String where) {
        for (String key : values.keySet()) {
            if (!used.contains(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "' in " + where);
            }
        }
    }
}
