package org.orrery.libvirt;

import java.util.Set;

import org.orrery.libvirt.internal.LibvirtConnectionManager;
import org.orrery.telemetry.TelemetryStore;

/**
 * Opens and keeps one connection per hypervisor URI, so every part of the workbench talking to a
 * host shares one connection (and one stream of life-cycle events). Closing the manager closes
 * every connection it opened.
 */
public interface ConnectionManager extends AutoCloseable {

    /**
     * A manager for real hypervisors through libvirt. Life-cycle events of every connected host
     * are appended to {@code telemetry}, stamped with {@link #now()}. Hosts that ask for a password
     * refuse the connection. Nothing native is loaded before the first {@link #connect(String)}.
     */
    static ConnectionManager libvirt(TelemetryStore telemetry) {
        return new LibvirtConnectionManager(telemetry, Credentials.NONE);
    }

    /** As {@link #libvirt(TelemetryStore)}, answering hosts that ask for a password from {@code credentials}. */
    static ConnectionManager libvirt(TelemetryStore telemetry, Credentials credentials) {
        return new LibvirtConnectionManager(telemetry, credentials);
    }

    /**
     * Lets the application's GLib main loop dispatch libvirt's events (life-cycle events, keep-alive,
     * RPC): call it once in a GTK application such as the workbench, best before the first
     * connection. libvirt's event loop is GLib's default main context, which the application's
     * display thread iterates anyway; Orrery's own event-loop thread (right for headless use)
     * would then dispatch the application's sources, SWT's timers among them, on the wrong thread.
     * Events then arrive on the display thread, where Orrery's listeners only append to telemetry.
     */
    static void dispatchEventsOnApplicationMainLoop() {
        org.orrery.libvirt.internal.EventLoops.useApplicationMainLoop();
    }

    /**
     * The connection to {@code uri}, opened on first use. The URI is validated first (see
     * {@link HypervisorUri#parse(String)}).
     */
    HypervisorConnection connect(String uri) throws HypervisorException;

    /**
     * Closes the connection to {@code uri} if one is open (when the calls under way on it have
     * ended); returns whether one was. Whoever still holds it then gets a "connection closed" failure
     * and should {@link #connect(String)} again: a lab monitor does this when a host stops answering.
     */
    boolean disconnect(String uri);

    /** URIs with an open connection. */
    Set<String> connectedUris();

    /** The telemetry store events of these connections go to. */
    TelemetryStore telemetry();

    /**
     * The run's clock: nanoseconds since the manager was created. Everything that writes telemetry
     * about these hosts (life-cycle events, monitors, migrations) stamps events with it, so they
     * share one time axis.
     */
    long now();

    /** Closes every connection; the manager can no longer connect afterwards. */
    @Override
    void close();
}
