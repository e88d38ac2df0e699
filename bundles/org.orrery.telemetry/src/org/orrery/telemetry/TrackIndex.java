package org.orrery.telemetry;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's tracks (one per subject and kind), the ids of the entries of its tree, and the
 * memory limit on their points: at most {@code residentPoints} points stay in memory; beyond
 * that sealed chunks spill, oldest first, keeping their summaries.
 * <p>
 * A track's open chunk cannot spill. When the limit is exceeded and nothing sealed is left,
 * open chunks of at least {@value #MIN_SEAL} points are sealed early; what can then remain in
 * memory beyond the limit is under {@value #MIN_SEAL} points per track.
 */
final class TrackIndex {

    static final int MIN_SEAL = 64;

    private final int residentPoints;
    private final SpillFile spill;
    private final Map<String, EnumMap<EventKind, Track>> bySubject = new HashMap<>();
    private final Map<String, Long> groupIds = new HashMap<>();
    private final Map<String, Long> subjectIds = new HashMap<>();
    private final ArrayDeque<TrackChunk> residentSealed = new ArrayDeque<>();
    /** For readers: a track is put here once complete, which publishes it safely. */
    private final Map<SeriesKey.Lane, Track> byLane = new ConcurrentHashMap<>();
    private final AppendOnlyArray<Track> tracks = new AppendOnlyArray<>(Track[]::new, 16);
    private long nextId = 1;
    private long resident;
    private long nextEarlySealAt;

    TrackIndex(int residentPoints, SpillFile spill) {
        this.residentPoints = residentPoints;
        this.spill = spill;
        this.nextEarlySealAt = residentPoints;
    }

    /** Writer only: adds the event stored at log index {@code eventIndex} to its track. */
    void add(TelemetryEvent event, int eventIndex) {
        EnumMap<EventKind, Track> kinds = bySubject.computeIfAbsent(event.subject(), s -> new EnumMap<>(EventKind.class));
        Track track = kinds.get(event.kind());
        if (track == null) {
            track = newTrack(event.subject(), event.kind(), eventIndex);
            kinds.put(event.kind(), track);
        }
        TrackChunk sealed = track.add(event, eventIndex, () -> nextId++);
        if (sealed != null) {
            residentSealed.add(sealed);
        }
        resident++;
        if (resident > residentPoints) {
            enforceLimit();
        }
    }

    private Track newTrack(String subject, EventKind kind, int eventIndex) {
        String group = groupOf(subject);
        long groupId = groupIds.computeIfAbsent(group, g -> nextId++);
        long subjectId = subjectIds.computeIfAbsent(subject, s -> nextId++);
        Track track = new Track(subject, kind, nextId++, subjectId, groupId, eventIndex);
        tracks.append(track);
        byLane.put(new SeriesKey.Lane(subject, kind), track);
        return track;
    }

    /** The group a subject is listed under in the tree: what precedes its first '/', e.g. {@code vm}. */
    static String groupOf(String subject) {
        int slash = subject.indexOf('/');
        return slash > 0 ? subject.substring(0, slash) : "";
    }

    private void enforceLimit() {
        spillSealed();
        if (resident > residentPoints && resident >= nextEarlySealAt) {
            for (int i = 0; i < tracks.size(); i++) {
                Track track = tracks.get(i);
                if (track.openPoints() >= MIN_SEAL) {
                    residentSealed.add(track.sealOpen());
                }
            }
            spillSealed();
            // scanning every track is costly: do it again only after a good share of the limit more
            nextEarlySealAt = resident + Math.max(MIN_SEAL, residentPoints / 8);
        }
    }

    private void spillSealed() {
        while (resident > residentPoints && !residentSealed.isEmpty()) {
            TrackChunk chunk = residentSealed.poll();
            chunk.spill(spill);
            resident -= chunk.summary().count();
        }
    }

    /** Points held in memory. */
    long residentPoints() {
        return resident;
    }

    /** Reader: the tracks published so far, in order of creation. */
    Track[] snapshot() {
        return tracks.toArray();
    }

    /** Reader: the track of {@code subject} and {@code kind}, or null. */
    Track find(String subject, EventKind kind) {
        return byLane.get(new SeriesKey.Lane(subject, kind));
    }
}
