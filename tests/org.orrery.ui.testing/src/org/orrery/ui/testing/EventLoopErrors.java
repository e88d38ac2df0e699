package org.orrery.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test during which the workbench logged an error: an exception in a timer, an
 * asyncExec or a paint is caught by the event loop and only logged, so a view can be broken for
 * good while every assertion on its model still passes (the Run Queues view kept the previous
 * run's picture that way, 54 logged NullPointerExceptions in one suite run, no test failing).
 * <p>
 * Registered for every test of a UI test bundle through JUnit's extension auto-detection: the
 * bundle lists it in {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and the
 * harness sets {@code junit.jupiter.extensions.autodetection.enabled}.
 */
public final class EventLoopErrors implements BeforeEachCallback, AfterEachCallback {

    private static final List<IStatus> LOGGED = new ArrayList<>();
    private static final ILogListener LISTENER = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR) {
            synchronized (LOGGED) {
                LOGGED.add(status);
            }
        }
    };
    private static boolean listening;

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (LOGGED) {
            if (!listening) {
                Platform.addLogListener(LISTENER);
                listening = true;
            }
            LOGGED.clear();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        IStatus first;
        int count;
        synchronized (LOGGED) {
            count = LOGGED.size();
            first = count == 0 ? null : LOGGED.get(0);
            LOGGED.clear();
        }
        if (first != null) {
            AssertionError failure = new AssertionError("the workbench logged " + count + " error(s) during "
                    + context.getDisplayName() + "; the first: " + first.getPlugin() + ": " + first.getMessage()
                    + (first.getException() == null ? "" : " (" + first.getException() + ")"));
            if (first.getException() != null) {
                failure.initCause(first.getException());
            }
            throw failure;
        }
    }
}
