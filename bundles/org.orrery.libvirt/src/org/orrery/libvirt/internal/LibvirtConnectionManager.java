package org.orrery.libvirt.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.telemetry.TelemetryStore;

/**
 * The libvirt {@link ConnectionManager}: joins the shared event loop before its first connection
 * and leaves it when closed, so the loop stops once the last manager is gone.
 * <p>
 * Connecting holds the manager's lock, so a slow host (an SSH handshake) delays other connects
 * through the same manager; calls on open connections are not affected.
 */
public final class LibvirtConnectionManager implements ConnectionManager {

    private final TelemetryStore telemetry;
    private final LongSupplier clock;
    private final Map<String, LibvirtConnection> connections = new LinkedHashMap<>();
    private boolean usingEventLoop;
    private boolean closed;

    /** Stamps events with nanoseconds since construction. */
    public LibvirtConnectionManager(TelemetryStore telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        long origin = System.nanoTime();
        this.clock = () -> System.nanoTime() - origin;
    }

    @Override
    public synchronized HypervisorConnection connect(String text) throws HypervisorException {
        if (closed) {
            throw new IllegalStateException("connection manager is closed");
        }
        HypervisorUri uri = HypervisorUri.parse(text);
        LibvirtConnection open = connections.get(uri.text());
        if (open != null) {
            return open;
        }
        if (!usingEventLoop) {
            EventLoop.acquire();
            usingEventLoop = true;
        }
        LibvirtConnection connection = LibvirtConnection.open(uri, telemetry, clock);
        connections.put(uri.text(), connection);
        return connection;
    }

    @Override
    public synchronized boolean disconnect(String uri) {
        LibvirtConnection connection = uri == null ? null : connections.remove(uri.strip());
        if (connection == null) {
            return false;
        }
        connection.close();
        return true;
    }

    @Override
    public synchronized Set<String> connectedUris() {
        return Set.copyOf(connections.keySet());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (LibvirtConnection connection : connections.values()) {
            connection.close();
        }
        connections.clear();
        if (usingEventLoop) {
            EventLoop.release();
            usingEventLoop = false;
        }
    }
}
