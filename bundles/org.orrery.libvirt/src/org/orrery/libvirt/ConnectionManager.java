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
     * The connection to {@code uri}, opened on first use. The URI is validated first (see
     * {@link HypervisorUri#parse(String)}).
     */
    HypervisorConnection connect(String uri) throws HypervisorException;

    /** Closes the connection to {@code uri} if one is open; returns whether one was. */
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
