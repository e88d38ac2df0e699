package org.orrery.telemetry;

/** A closed interval of run time in nanoseconds. */
public record TimeRange(long start, long end) {

    public TimeRange {
        if (end < start) {
            throw new IllegalArgumentException("range ends before it starts: " + start + " > " + end);
        }
    }

    public boolean contains(long time) {
        return time >= start && time <= end;
    }

    public long duration() {
        return end - start;
    }
}
