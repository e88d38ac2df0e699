package org.orrery.ui.views.internal.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.views.internal.StoreFollower;

/**
 * The timeline's lanes, one per migration in start order, folded from a store's MIGRATION_* (and
 * the migrated VMs' LIFECYCLE) events. A timer calls {@link #refresh()}, which follows the store
 * incrementally and starts over when it shrinks ({@link StoreFollower}).
 * No SWT: tests drive it with hand-made stores.
 */
public final class TimelineModel {

    /** Events read per refresh at most; the rest follow on the next ticks. */
    public static final int DEFAULT_BUDGET = StoreFollower.DEFAULT_BUDGET;

    private final StoreFollower follower = new StoreFollower();
    private final List<MigrationLane> lanes = new ArrayList<>();
    private final Map<String, MigrationLane> open = new HashMap<>();

    /** Shows {@code newStore} (null for none), from its first event. */
    public void setStore(TelemetryStore newStore) {
        follower.setStore(newStore);
        clear();
    }

    /** Reads what arrived since the last call; returns whether the lanes or the current time changed. */
    public boolean refresh() {
        return refresh(DEFAULT_BUDGET);
    }

    /** As {@link #refresh()}, reading at most {@code budget} events. */
    public boolean refresh(int budget) {
        return follower.read(budget, this::clear, this::accept);
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
    }

    /** The lanes, in the order their migrations started. */
    public List<MigrationLane> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    /** Time of the last event read: the run's current time, where running rounds end; -1 before any. */
    public long now() {
        return follower.now();
    }

    /** Events read so far. */
    public int scanned() {
        return follower.scanned();
    }

    /** Whether events are left to read (the budget stopped the last refresh). */
    public boolean behind() {
        return follower.behind();
    }

    /** How often the store shrank under the model and it started over. */
    public int restarts() {
        return follower.restarts();
    }

    /** Earliest start of any lane, or -1 without lanes. */
    public long firstStart() {
        return lanes.isEmpty() ? -1 : lanes.get(0).startTime();
    }

    /** Latest end of any lane (running ones end now), or -1 without lanes. */
    public long lastEnd() {
        long max = -1;
        for (MigrationLane l : lanes) {
            max = Math.max(max, l.endOr(now()));
        }
        return max;
    }
}
