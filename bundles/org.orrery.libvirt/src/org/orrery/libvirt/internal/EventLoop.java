package org.orrery.libvirt.internal;

import java.util.concurrent.TimeUnit;

import org.libvirt.Connect;
import org.libvirt.ErrorCallback;
import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.libvirt.jna.Libvirt;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorException.Reason;

/**
 * libvirt's event loop, shared by the whole process as libvirt's default loop is. It must run
 * before any connection is opened, or that connection silently never delivers events; it is
 * started by the first user and stopped when the last one leaves.
 */
final class EventLoop {

    private static final long STOP_TIMEOUT_MILLIS = 5_000;

    /**
     * System property a GTK application sets (to "true") before any connection so that no thread
     * of ours iterates GLib's default main context: see {@link #useApplicationMainLoop()}. A
     * property, not a call, because any bundle of the workbench may open the first connection and
     * the application that knows it runs GTK does not depend on this bundle.
     */
    static final String APPLICATION_LOOP_PROPERTY = "orrery.libvirt.applicationMainLoop";

    /**
     * Installed as libvirt's global error handler, doing nothing: without a handler libvirt
     * prints every error to stderr, though each also reaches its caller as a LibvirtException,
     * which we translate. Held in a field because libvirt keeps calling it: JNA must not free it.
     */
    private static final Libvirt.VirErrorCallback SILENT_ERRORS = new ErrorCallback();

    private static final Object LOCK = new Object();
    private static int users;
    private static Thread thread;
    private static boolean applicationLoop;

    private EventLoop() {
    }

    /** Registers a user; the first one initializes libvirt's event loop and starts its thread. */
    static void acquire() throws HypervisorException {
        synchronized (LOCK) {
            if (users == 0) {
                start();
            }
            users++;
        }
    }

    /** Unregisters a user; the last one stops the loop's thread and waits for it to end. */
    static void release() {
        synchronized (LOCK) {
            if (users == 0) {
                throw new IllegalStateException("event loop released more often than acquired");
            }
            if (--users == 0) {
                stop();
            }
        }
    }

    /**
     * From now on no thread of ours runs the loop: libvirt's default loop is GLib's default main
     * context, which a GTK application (the workbench) already iterates on its display thread,
     * and that thread then dispatches libvirt's events too. A second thread iterating the same
     * context would dispatch the application's own sources (SWT's timers) on the wrong thread.
     * A thread started before is stopped.
     */
    static void useApplicationMainLoop() {
        synchronized (LOCK) {
            applicationLoop = true;
            stop();
        }
    }

    /** Whether the loop's thread is running (for tests and diagnostics). */
    static boolean isRunning() {
        synchronized (LOCK) {
            return thread != null && thread.isAlive();
        }
    }

    private static void start() throws HypervisorException {
        try {
            Connect.setErrorCallback(SILENT_ERRORS);
            Library.initEventLoop();
        } catch (LinkageError e) {
            // JNA could not load libvirt.so.0: the native library is missing
            throw new HypervisorException(Reason.NOT_INSTALLED, Messages.NotInstalled, e);
        } catch (LibvirtException e) {
            throw ErrorTranslator.translate(e, Operation.EVENT_LOOP, null, null);
        }
        if (Boolean.getBoolean(APPLICATION_LOOP_PROPERTY)) {
            applicationLoop = true;
        }
        if (applicationLoop || thread != null && thread.isAlive()) {
            // the application's main loop dispatches; or the previous loop did not stop in time
            // (see stop()): two must never run
            return;
        }
        Thread loop = new Thread(EventLoop::run, "libvirt-event-loop");
        // a forgotten close must not keep the JVM alive
        loop.setDaemon(true);
        loop.start();
        thread = loop;
    }

    private static void run() {
        try {
            Library.runEventLoop();
        } catch (LibvirtException | InterruptedException e) {
            // The loop only fails if libvirt's poll fails; the thread ends and events stop. Connections
            // still work; the next start after the last release starts a fresh loop.
        }
    }

    private static void stop() {
        Thread loop = thread;
        if (loop == null) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_TIMEOUT_MILLIS);
        try {
            // stopEventLoop wakes the loop only once the thread has entered runEventLoop; until then
            // it is a no-op, so repeat it until the thread has ended.
            while (loop.isAlive() && System.nanoTime() < deadline) {
                Library.stopEventLoop();
                loop.join(20);
            }
        } catch (LibvirtException e) {
            // cannot wake it: it is a daemon thread and dies with the JVM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!loop.isAlive()) {
            thread = null;
        }
    }
}
