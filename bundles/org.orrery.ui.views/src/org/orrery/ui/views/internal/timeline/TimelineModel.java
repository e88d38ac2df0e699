package org.orrery.ui.views.internal.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * The timeline's lanes, one per migration in start order, folded from a store's MIGRATION_* (and
 * the migrated VMs' LIFECYCLE) events. A timer calls {@link #refresh()}: it reads only the events
 * after the last index it read, at most a budget per call so a long recording opens without
 * freezing the display; when the store shrinks (a replay scrubbed or stepped back) it starts over.
 * No SWT: tests drive it with hand-made stores.
 */
public final class TimelineModel {

    /** Events read per refresh at most; the rest follow on the next ticks. */
    public static final int DEFAULT_BUDGET = 50_000;

    private TelemetryStore store;
    private int scanned;
    private long now = -1;
    private int restarts;
    private final List<MigrationLane> lanes = new ArrayList<>();
    private final Map<String, MigrationLane> open = new HashMap<>();

    /** Shows {@code newStore} (null for none), from its first event. */
    public void setStore(TelemetryStore newStore) {
        store = newStore;
        clear();
    }

    /** Reads what arrived since the last call; returns whether the lanes or the current time changed. */
    public boolean refresh() {
        return refresh(DEFAULT_BUDGET);
    }

    /** As {@link #refresh()}, reading at most {@code budget} events. */
    public boolean refresh(int budget) {
        if (store == null) {
            return false;
        }
        int n = store.size();
        boolean changed = false;
        if (n < scanned) {
            // a replay went back: the indices we hold no longer mean the same events
            clear();
            restarts++;
            changed = true;
        }
        int stop = (int) Math.min(n, (long) scanned + Math.max(1, budget));
        for (int i = scanned; i < stop; i++) {
            changed |= accept(store.get(i));
        }
        scanned = stop;
        long t = scanned == 0 ? -1 : store.get(scanned - 1).time();
        if (t != now) {
            now = t;
            changed = true;
        }
        return changed;
    }

    private boolean accept(TelemetryEvent e) {
        EventKind kind = e.kind();
        if (kind == EventKind.MIGRATION_START) {
            MigrationLane previous = open.get(e.subject());
            if (previous != null) {
                previous.supersede(e.time());
            }
            MigrationLane lane = new MigrationLane(lanes.size(), e);
            lanes.add(lane);
            open.put(e.subject(), lane);
            return true;
        }
        MigrationLane lane = open.get(e.subject());
        if (lane == null) {
            return false;
        }
        switch (kind) {
            case MIGRATION_ROUND -> lane.addRound(e);
            case MIGRATION_SWITCHOVER -> lane.switchover(e);
            case MIGRATION_END, MIGRATION_FAILED -> {
                lane.end(e);
                open.remove(e.subject());
            }
            case LIFECYCLE -> lane.lifecycle(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void clear() {
        lanes.clear();
        open.clear();
        scanned = 0;
        now = -1;
    }

    /** The lanes, in the order their migrations started. */
    public List<MigrationLane> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    /** Time of the last event read: the run's current time, where running rounds end; -1 before any. */
    public long now() {
        return now;
    }

    /** Events read so far. */
    public int scanned() {
        return scanned;
    }

    /** Whether events are left to read (the budget stopped the last refresh). */
    public boolean behind() {
        return store != null && scanned < store.size();
    }

    /** How often the store shrank under the model and it started over. */
    public int restarts() {
        return restarts;
    }

    /** Earliest start of any lane, or -1 without lanes. */
    public long firstStart() {
        return lanes.isEmpty() ? -1 : lanes.get(0).startTime();
    }

    /** Latest end of any lane (running ones end now), or -1 without lanes. */
    public long lastEnd() {
        long max = -1;
        for (MigrationLane l : lanes) {
            max = Math.max(max, l.endOr(now));
        }
        return max;
    }
}
