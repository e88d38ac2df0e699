package org.orrery.telemetry;

/** A closed interval of run time in nanoseconds. */
public record TimeRange(long start, long end) {

    /** All of time: from 0 to the largest time a store can hold. */
    public static final TimeRange ALL = new TimeRange(0, Long.MAX_VALUE);

    public TimeRange {
        if (end < start) {
            throw new IllegalArgumentException("range ends before it starts: " + start + " > " + end);
        }
    }

    /** Whether {@code time} lies inside, ends included. */
    public boolean contains(long time) {
        return time >= start && time <= end;
    }

    /** {@code end - start}, nanoseconds. */
    public long duration() {
        return end - start;
    }
}
