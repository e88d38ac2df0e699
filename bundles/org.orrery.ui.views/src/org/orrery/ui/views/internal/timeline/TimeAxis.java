package org.orrery.ui.views.internal.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps run time (ns) to pixels for a visible range and chooses ticks: steps of 1, 2 or 5 times a
 * power of ten (of seconds, or minutes past a minute) so that labels stay at least
 * {@code minTickPixels} apart, each labelled in the unit of the step.
 *
 * @param from   first visible time, ns
 * @param to     last visible time, ns (greater than from)
 * @param left   x of {@code from}
 * @param right  x of {@code to}
 */
public record TimeAxis(long from, long to, int left, int right) {

    /** A tick: its time, its x and its label. */
    public record Tick(long time, int x, String label) {
    }

    public TimeAxis {
        if (to <= from) {
            to = from + 1;
        }
        if (right <= left) {
            right = left + 1;
        }
    }

    /** Pixels per nanosecond. */
    public double scale() {
        return (right - left) / (double) (to - from);
    }

    /** The x of {@code time} (may lie outside the plot when the time is not visible). */
    public int x(long time) {
        double x = left + (time - from) * scale();
        return (int) Math.round(Math.max(-1e6, Math.min(1e6, x)));
    }

    /** The time at {@code x}. */
    public long time(int x) {
        return from + Math.round((x - left) / scale());
    }

    /**
     * Ticks inside the range, at least {@code minTickPixels} apart; closer (down to a third) when
     * the steps jump past the range and fewer than two would show.
     */
    public List<Tick> ticks(int minTickPixels) {
        List<Tick> ticks = ticksAtLeast(minTickPixels);
        for (int pixels = minTickPixels * 2 / 3; ticks.size() < 2 && pixels >= minTickPixels / 3; pixels = pixels * 2 / 3) {
            ticks = ticksAtLeast(pixels);
        }
        return ticks;
    }

    private List<Tick> ticksAtLeast(int minTickPixels) {
        long step = step(minTickPixels / scale());
        List<Tick> ticks = new ArrayList<>();
        long first = Math.floorDiv(from + step - 1, step) * step;
        for (long t = first; t <= to && ticks.size() < 1000; t += step) {
            ticks.add(new Tick(t, x(t), label(t, step)));
        }
        return ticks;
    }

    /** The smallest nice step (ns) of at least {@code minStep} ns. */
    static long step(double minStep) {
        long base = 1_000; // 1 µs: finer than any engine reports migrations
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                long s = base * m;
                if (s >= minStep) {
                    return niceMinutes(s);
                }
            }
            base *= 10;
        }
    }

    /** Past a minute, 100 s or 200 s steps read badly: use whole minutes (1, 2, 5, 10, 20, ...). */
    private static long niceMinutes(long step) {
        long minute = 60_000_000_000L;
        if (step <= minute) {
            return step;
        }
        long m = minute;
        while (true) {
            for (int k : new int[] {1, 2, 5, 10}) {
                if (m * k >= step) {
                    return m * k;
                }
            }
            m *= 10;
        }
    }

    /** The label of a tick at {@code t} with steps of {@code step}: {@code 30 s}, {@code 1.5 s}, {@code 250 ms}, {@code 3 min}. */
    static String label(long t, long step) {
        if (step >= 60_000_000_000L && t % 60_000_000_000L == 0) {
            return (t / 60_000_000_000L) + " min";
        }
        if (step >= 1_000_000_000L) {
            return (t / 1_000_000_000L) + " s";
        }
        if (step >= 100_000_000L) {
            return String.format(Locale.ROOT, "%.1f s", t / 1e9);
        }
        if (step >= 10_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", t / 1e9);
        }
        if (step >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.3f s", t / 1e9);
        }
        return String.format(Locale.ROOT, "%.6f s", t / 1e9);
    }
}
