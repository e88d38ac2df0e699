package org.orrery.telemetry;

/**
 * One entry of a store's {@linkplain TelemetryStore#tree() tree}, in the manner of a Trace Compass
 * data provider's tree: a view lists entries, lets the user tick some, and asks for their rows or
 * series by id-free keys ({@link #lane()}, {@link #series()}).
 * <p>
 * Four levels: a group of subjects (the part of the subject before its first '/', e.g.
 * {@code vm}; empty for subjects without one), a subject ({@code vm/web-1}), a kind of event
 * about it ({@code MIGRATION_ROUND}) and a numeric attribute of those events
 * ({@code bytesRemaining}). Ids are unique within the store and never change while it lives.
 *
 * @param id        the entry's id
 * @param parentId  the parent's id, -1 for a group
 * @param label     what a view shows: the group, the subject, the kind's name or the attribute
 * @param subject   the subject, null for a group
 * @param kind      the kind, null for groups and subjects
 * @param attribute the attribute, only on the lowest level
 */
public record TreeEntry(long id, long parentId, String label, String subject, EventKind kind, String attribute) {

    /** Level of the entry: 0 group, 1 subject, 2 kind, 3 attribute. */
    public int level() {
        return subject == null ? 0 : kind == null ? 1 : attribute == null ? 2 : 3;
    }

    /** The lane of a kind or attribute entry, null above. */
    public SeriesKey.Lane lane() {
        return kind == null ? null : new SeriesKey.Lane(subject, kind);
    }

    /** The series of an attribute entry, null otherwise. */
    public SeriesKey series() {
        return attribute == null ? null : new SeriesKey(subject, kind, attribute);
    }
}
