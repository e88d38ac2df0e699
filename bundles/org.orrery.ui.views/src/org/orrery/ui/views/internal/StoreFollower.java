package org.orrery.ui.views.internal;

import java.util.function.Predicate;

import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * How a live view's model follows a run's store on the views' timer: it reads only the events after
 * the last index it read, at most a budget per call (a long recording opens without freezing the
 * display), and starts over when the store shrinks (a replay scrubbed or stepped back: the indices
 * it holds no longer mean the same events). Shared by the timeline and the phone-clone view, whose
 * models differ only in what they fold the events into. No SWT.
 */
public final class StoreFollower {

    /** Events read per call at most; the rest follow on the next ticks. */
    public static final int DEFAULT_BUDGET = 50_000;

    private TelemetryStore store;
    private int scanned;
    private long now = -1;
    private int restarts;

    /** Follows {@code newStore} (null for none) from its first event. */
    public void setStore(TelemetryStore newStore) {
        store = newStore;
        reset();
    }

    public TelemetryStore store() {
        return store;
    }

    /**
     * Reads what arrived since the last call, at most {@code budget} events, handing each to
     * {@code accept} (which says whether it changed the model). When the store shrank,
     * {@code restart} runs first (the model clears what it folded) and reading starts from 0.
     * Returns whether anything changed: an accepted event, a restart or the current time.
     */
    public boolean read(int budget, Runnable restart, Predicate<TelemetryEvent> accept) {
        if (store == null) {
            return false;
        }
        int n = store.size();
        boolean changed = false;
        if (n < scanned) {
            reset();
            restart.run();
            restarts++;
            changed = true;
        }
        int stop = (int) Math.min(n, (long) scanned + Math.max(1, budget));
        for (int i = scanned; i < stop; i++) {
            changed |= accept.test(store.get(i));
        }
        scanned = stop;
        long t = scanned == 0 ? -1 : store.get(scanned - 1).time();
        if (t != now) {
            now = t;
            changed = true;
        }
        return changed;
    }

    /** Forgets what was read: the next {@link #read} starts from the first event. */
    public void reset() {
        scanned = 0;
        now = -1;
    }

    /** Time of the last event read: the run's current time; -1 before any. */
    public long now() {
        return now;
    }

    /** Events read so far. */
    public int scanned() {
        return scanned;
    }

    /** Whether events are left to read (the budget stopped the last read). */
    public boolean behind() {
        return store != null && scanned < store.size();
    }

    /** How often the store shrank under the model and it started over. */
    public int restarts() {
        return restarts;
    }
}
