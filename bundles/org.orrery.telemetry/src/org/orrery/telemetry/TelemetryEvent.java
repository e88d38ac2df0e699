package org.orrery.telemetry;

import java.util.Map;
import java.util.Objects;

/**
 * One time-stamped fact about a model object.
 *
 * @param time       nanoseconds since the start of the run (simulated or wall-clock time alike)
 * @param kind       what the event reports
 * @param subject    stable id of the model object it is about (e.g. {@code vm/web-1})
 * @param attributes named values; numbers are {@link Double} or {@link Long}, states are strings
 */
public record TelemetryEvent(long time, EventKind kind, String subject, Map<String, Object> attributes) {

    /** Copies {@code attributes} (null means none); rejects a negative time. */
    public TelemetryEvent {
        if (time < 0) {
            throw new IllegalArgumentException("event time must not be negative: " + time);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A numeric attribute, or {@code fallback} when it is absent or not a number. */
    public double number(String key, double fallback) {
        return attributes.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    /** A text attribute, or {@code null}. */
    public String text(String key) {
        Object v = attributes.get(key);
        return v == null ? null : v.toString();
    }
}
