package org.orrery.ui.views.internal.timeline;

import java.util.Locale;

/**
 * How the timeline writes numbers: sizes in decimal units (as the run summary does: 1 MB = 10^6
 * bytes), durations in the largest unit that keeps three digits, rates per second. Exact numbers
 * (tooltips, details) also give the raw value, so nothing shown is only rounded.
 */
public final class TimelineFormat {

    private TimelineFormat() {
    }

    /** {@code 538.2 MB}, {@code 1.07 GB}, {@code 512 B}; "?" when unknown (negative). */
    public static String bytes(double b) {
        if (Double.isNaN(b) || b < 0) {
            return "?";
        }
        if (b < 1e3) {
            return String.format(Locale.ROOT, "%.0f B", b);
        }
        if (b < 1e6) {
            return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
        }
        if (b < 1e9) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", b / 1e9);
    }

    /** Exact bytes with a readable size: {@code 538,181,632 B (538.2 MB)}. */
    public static String exactBytes(long b) {
        if (b < 0) {
            return "?";
        }
        return String.format(Locale.ROOT, "%,d B (%s)", b, bytes(b));
    }

    /** {@code 283 ms}, {@code 4.59 s}, {@code 2 min 13 s}, {@code 850 µs}; "?" when negative. */
    public static String duration(double ns) {
        if (Double.isNaN(ns) || ns < 0) {
            return "?";
        }
        if (ns == 0) {
            return "0 ms";
        }
        if (ns < 1e6) {
            return String.format(Locale.ROOT, "%.0f µs", ns / 1e3);
        }
        if (ns < 1e9) {
            return String.format(Locale.ROOT, "%.0f ms", ns / 1e6);
        }
        if (ns < 60e9) {
            return String.format(Locale.ROOT, ns < 10e9 ? "%.2f s" : "%.1f s", ns / 1e9);
        }
        long s = Math.round(ns / 1e9);
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /** Exact duration: {@code 4.588318 s}. */
    public static String exactDuration(long ns) {
        return ns < 0 ? "?" : String.format(Locale.ROOT, "%.6f s", ns / 1e9);
    }

    /** {@code 125.0 MB/s}; "?" when unknown. */
    public static String rate(double bytesPerSecond) {
        return Double.isNaN(bytesPerSecond) || bytesPerSecond < 0 ? "?" : bytes(bytesPerSecond) + "/s";
    }

    /** A share as a percentage: {@code 66%}; "?" when unknown. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "?" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    /** A subject or host id without its group prefix: {@code host/a1} is {@code a1}. */
    public static String shortId(String id) {
        int slash = id.indexOf('/');
        return slash >= 0 && slash < id.length() - 1 ? id.substring(slash + 1) : id;
    }

    /** Host ids as a cluster's START lists them (space-separated), each short: {@code a1, a2}. */
    public static String shortIds(String ids) {
        StringBuilder sb = new StringBuilder();
        for (String one : ids.trim().split(" +")) {
            sb.append(sb.length() > 0 ? ", " : "").append(shortId(one));
        }
        return sb.toString();
    }

    /** A whole count with thousands separators. */
    public static String count(long n) {
        return n < 0 ? "?" : String.format(Locale.ROOT, "%,d", n);
    }
}
