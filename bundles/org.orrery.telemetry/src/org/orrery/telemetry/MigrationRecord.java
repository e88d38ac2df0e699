package org.orrery.telemetry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One migration as its MIGRATION_* events tell it: the start, the live rounds, the switchover
 * and how it ended. Engines report migrations event by event; exports, summaries and timeline
 * views want them whole: {@link #collect} pairs the events of each subject, for a simulated, a
 * real or a replayed run alike.
 *
 * @param subject    the migrated VM
 * @param start      its MIGRATION_START
 * @param rounds     its MIGRATION_ROUND events, in order
 * @param switchover its MIGRATION_SWITCHOVER, or null if it had none (yet)
 * @param end        its MIGRATION_END or MIGRATION_FAILED, or null if it had not ended
 * @param supersededAt when a new start of the same subject came before an end (an engine that
 *                     lost track), its time: the record is cut there; -1 otherwise
 */
public record MigrationRecord(String subject, TelemetryEvent start, List<TelemetryEvent> rounds,
        TelemetryEvent switchover, TelemetryEvent end, long supersededAt) {

    private static final Set<EventKind> KINDS = EnumSet.of(EventKind.MIGRATION_START, EventKind.MIGRATION_ROUND,
            EventKind.MIGRATION_SWITCHOVER, EventKind.MIGRATION_END, EventKind.MIGRATION_FAILED);

    /** How a migration ended. */
    public enum Outcome {
        /** The VM runs at the destination. */
        COMPLETED,
        /** Abandoned; the VM stays at the source. */
        FAILED,
        /** Still running when the events end. */
        UNFINISHED
    }

    public MigrationRecord {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(start, "start");
        rounds = List.copyOf(rounds);
    }

    /** The migrations in {@code store} in the order they started; unfinished ones included. */
    public static List<MigrationRecord> collect(TelemetryStore store) {
        List<Builder> all = new ArrayList<>();
        Map<String, Builder> open = new HashMap<>();
        store.forEach(TimeRange.ALL, e -> KINDS.contains(e.kind()), e -> {
            Builder current = open.get(e.subject());
            if (e.kind() == EventKind.MIGRATION_START) {
                if (current != null) {
                    current.supersededAt = e.time();
                }
                Builder started = new Builder(e);
                open.put(e.subject(), started);
                all.add(started);
            } else if (current != null) {
                switch (e.kind()) {
                    case MIGRATION_ROUND -> current.rounds.add(e);
                    case MIGRATION_SWITCHOVER -> current.switchover = e;
                    default -> {
                        current.end = e;
                        open.remove(e.subject());
                    }
                }
            }
        });
        return all.stream().map(Builder::build).toList();
    }

    /** How it ended; a superseded one counts as unfinished. */
    public Outcome outcome() {
        if (end == null) {
            return Outcome.UNFINISHED;
        }
        return end.kind() == EventKind.MIGRATION_END ? Outcome.COMPLETED : Outcome.FAILED;
    }

    /** When it started, nanoseconds. */
    public long startTime() {
        return start.time();
    }

    /**
     * When it ended; for an unfinished migration, where a new start superseded it or else
     * {@code traceEnd} (the time the events stop).
     */
    public long endTime(long traceEnd) {
        return end != null ? end.time() : supersededAt >= 0 ? supersededAt : traceEnd;
    }

    /** Time the previous round ended (or the migration started) for round {@code i}: the round's start. */
    public long roundStart(int i) {
        return i == 0 ? start.time() : rounds.get(i - 1).time();
    }

    /** Text attribute {@code key} of the start event (e.g. {@link Attribute#SOURCE}), or null. */
    public String startText(String key) {
        return start.text(key);
    }

    private static final class Builder {
        final TelemetryEvent start;
        final List<TelemetryEvent> rounds = new ArrayList<>();
        TelemetryEvent switchover;
        TelemetryEvent end;
        long supersededAt = -1;

        Builder(TelemetryEvent start) {
            this.start = start;
        }

        MigrationRecord build() {
            return new MigrationRecord(start.subject(), start, rounds, switchover, end, supersededAt);
        }
    }
}
