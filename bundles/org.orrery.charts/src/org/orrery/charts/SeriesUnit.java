package org.orrery.charts;

import java.util.Map;

import org.orrery.telemetry.Attribute;

/**
 * How the numbers of an attribute are shown on an axis. The store keeps the vocabulary's units
 * ({@link Attribute}: bytes, bytes per second, nanoseconds, fractions); people read megabytes,
 * MB/s, seconds and percent. Series of one unit share an axis; series of different units get
 * axes of their own.
 */
public enum SeriesUnit {
    /** Sizes: MB (10^6 bytes, as the run summary), GB from 2 GB up. */
    BYTES,
    /** Rates: MB/s (10^6 bytes per second). */
    BYTE_RATE,
    /** Times and durations: s, ms when everything is below a second. */
    DURATION,
    /** Fractions: percent. */
    FRACTION,
    /** Whole counts (VMs, rounds, pages): no unit, whole-number ticks. */
    COUNT,
    /** Anything else: as stored. */
    NUMBER;

    private static final Map<String, SeriesUnit> BY_ATTRIBUTE = Map.ofEntries(
            Map.entry(Attribute.MEMORY, BYTES), Map.entry(Attribute.BYTES_SENT, BYTES),
            Map.entry(Attribute.BYTES_REMAINING, BYTES), Map.entry(Attribute.TOTAL_BYTES, BYTES),
            Map.entry(Attribute.BYTES, BYTES), Map.entry(Attribute.BYTES_PROCESSED, BYTES),
            Map.entry(Attribute.MEMORY_ASSIGNED, BYTES), Map.entry(Attribute.MEMORY_USED, BYTES),
            Map.entry(Attribute.DIRTY_RATE, BYTE_RATE), Map.entry(Attribute.BANDWIDTH, BYTE_RATE),
            Map.entry(Attribute.BANDWIDTH_LIMIT, BYTE_RATE),
            Map.entry(Attribute.MAX_DOWNTIME, DURATION), Map.entry(Attribute.EXPECTED_DOWNTIME, DURATION),
            Map.entry(Attribute.TOTAL_TIME, DURATION), Map.entry(Attribute.DOWNTIME, DURATION),
            Map.entry(Attribute.DURATION, DURATION), Map.entry(Attribute.LATENCY, DURATION),
            Map.entry(Attribute.RUN_QUEUE_DELAY, DURATION), Map.entry(Attribute.PCPUS, COUNT),
            Map.entry(Attribute.CPU_LOAD, FRACTION), Map.entry(Attribute.UTILIZATION, FRACTION),
            Map.entry(Attribute.THROTTLE, FRACTION), Map.entry(Attribute.RUN_QUEUE_WAIT, FRACTION),
            Map.entry(Attribute.VM_COUNT, COUNT), Map.entry(Attribute.ITERATION, COUNT),
            Map.entry(Attribute.ROUNDS, COUNT), Map.entry(Attribute.PAGES_FULL, COUNT),
            Map.entry(Attribute.PAGES_DEDUPLICATED, COUNT), Map.entry(Attribute.PAGES_PULLED, COUNT),
            Map.entry(Attribute.PAGES_ZERO, COUNT), Map.entry(Attribute.PCPU, COUNT),
            // a phone instance's channels (org.orrery.sim.phone)
            Map.entry(Attribute.PENDING_UP, BYTES), Map.entry(Attribute.PENDING_DOWN, BYTES),
            Map.entry(Attribute.THRESHOLD, BYTES), Map.entry(Attribute.INPUT_BYTES, BYTES),
            Map.entry(Attribute.INPUT_EVENTS, COUNT), Map.entry(Attribute.CONFLICTS, COUNT),
            Map.entry(Attribute.CHUNKS, COUNT), Map.entry(Attribute.CHUNKS_TOTAL, COUNT));

    /**
     * A way to print values: divide the stored number by {@code divisor}, write {@code symbol}
     * after it (empty for plain numbers).
     */
    public record Scale(double divisor, String symbol) {

        /** {@code stored} in this scale's unit. */
        public double apply(double stored) {
            return stored / divisor;
        }
    }

    /** The unit of attribute {@code attribute} (the vocabulary's), {@link #NUMBER} when unknown. */
    public static SeriesUnit of(String attribute) {
        return BY_ATTRIBUTE.getOrDefault(attribute, NUMBER);
    }

    /** The scale for an axis whose largest magnitude (stored units) is {@code largest}; NaN means no data. */
    public Scale scale(double largest) {
        double max = Double.isNaN(largest) ? 0 : Math.abs(largest);
        return switch (this) {
            case BYTES -> max >= 2e9 ? new Scale(1e9, "GB") : new Scale(1e6, "MB");
            case BYTE_RATE -> new Scale(1e6, "MB/s");
            case DURATION -> max > 0 && max < 1e9 ? new Scale(1e6, "ms") : new Scale(1e9, "s");
            case FRACTION -> new Scale(0.01, "%");
            case COUNT, NUMBER -> new Scale(1, "");
        };
    }
}
