package org.orrery.telemetry;

import java.util.Objects;

/**
 * Names one numeric series of a store: attribute {@code attribute} of the {@code kind} events
 * about {@code subject}, e.g. {@code bytesRemaining} of the MIGRATION_ROUND events of
 * {@code vm/web-1}, or {@code value} of the METRIC events of {@code host/a}.
 */
public record SeriesKey(String subject, EventKind kind, String attribute) {

    public SeriesKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(attribute, "attribute");
    }

    /** The lane the series belongs to: every event of its subject and kind. */
    public Lane lane() {
        return new Lane(subject, kind);
    }

    /** The events of one subject and one kind, whatever their attributes. */
    public record Lane(String subject, EventKind kind) {

        public Lane {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
