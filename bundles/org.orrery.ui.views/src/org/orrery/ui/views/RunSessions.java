package org.orrery.ui.views;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The run the live views are showing. One per workbench: switching it re-targets every view at
 * once, so the timeline, the event log and the charts never show two different runs.
 */
public final class RunSessions {

    private static volatile RunSession current;
    private static final List<Consumer<RunSession>> LISTENERS = new CopyOnWriteArrayList<>();

    private RunSessions() {
    }

    /** The run being shown, or {@code null} before any run starts. */
    public static RunSession current() {
        return current;
    }

    /** Shows {@code session} in every view; listeners are called on the caller's thread. */
    public static void show(RunSession session) {
        current = session;
        for (Consumer<RunSession> l : LISTENERS) {
            l.accept(session);
        }
    }

    public static void addListener(Consumer<RunSession> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<RunSession> listener) {
        LISTENERS.remove(listener);
    }
}
