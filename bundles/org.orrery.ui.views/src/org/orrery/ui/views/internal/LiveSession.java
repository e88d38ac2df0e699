package org.orrery.ui.views.internal;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * What a live view does with the current run, in one place: it follows {@link RunSessions} (a new
 * run is shown on the display thread), refreshes on the views' timer (at once again while its
 * reader is behind a long recording), and stops both when the view goes. Never one update per event.
 */
public final class LiveSession {

    private final Control control;
    private final Consumer<RunSession> show;
    private final BooleanSupplier refresh;
    private final Runnable tick = this::tick;
    private final Consumer<RunSession> listener = this::shown;

    /**
     * @param control the view's main control (its display runs everything; its disposal ends it)
     * @param show    shows a run (null: none), on the display thread
     * @param refresh reads what arrived and repaints if needed; returns whether it is still behind
     */
    public LiveSession(Control control, Consumer<RunSession> show, BooleanSupplier refresh) {
        this.control = control;
        this.show = show;
        this.refresh = refresh;
    }

    /** Shows the current run and starts following runs and the timer. */
    public void start() {
        RunSessions.addListener(listener);
        show.accept(RunSessions.current());
        control.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    /** Stops following runs and the timer. */
    public void stop() {
        RunSessions.removeListener(listener);
        if (!control.isDisposed()) {
            control.getDisplay().timerExec(-1, tick);
        }
    }

    private void shown(RunSession session) {
        if (!control.isDisposed()) {
            // RunSessions tells listeners on the caller's thread: a job may start a run
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    show.accept(session);
                }
            });
        }
    }

    private void tick() {
        if (control.isDisposed()) {
            return;
        }
        boolean behind = false;
        try {
            behind = refresh.getAsBoolean();
        } finally {
            // a refresh that fails is logged by the event loop; the next tick tries again rather
            // than the view freezing on its last picture for good
            // a long recording is read a budget per tick: come back at once until it is all read
            control.getDisplay().timerExec(behind ? 1 : RefreshRate.millis(), tick);
        }
    }
}
