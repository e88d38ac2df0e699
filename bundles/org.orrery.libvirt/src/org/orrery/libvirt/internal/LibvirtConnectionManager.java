package org.orrery.libvirt.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.Credentials;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.telemetry.TelemetryStore;

/**
 * The libvirt {@link ConnectionManager}: joins the shared event loop before its first connection
 * and leaves it when closed, so the loop stops once the last manager is gone.
 * <p>
 * A connection opens outside the manager's lock, so a slow host (an SSH handshake, a host that
 * does not answer) does not hold up connects to other hosts; two threads opening the same URI at
 * once both open, and the later one closes its connection and uses the first.
 */
public final class LibvirtConnectionManager implements ConnectionManager {

    private final TelemetryStore telemetry;
    private final Credentials credentials;
    private final LongSupplier clock;
    private final Map<String, LibvirtConnection> connections = new LinkedHashMap<>();
    private boolean usingEventLoop;
    private boolean closed;

    /** Stamps events with nanoseconds since construction. */
    public LibvirtConnectionManager(TelemetryStore telemetry, Credentials credentials) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        long origin = System.nanoTime();
        this.clock = () -> System.nanoTime() - origin;
    }

    @Override
    public HypervisorConnection connect(String text) throws HypervisorException {
        HypervisorUri uri = HypervisorUri.parse(text);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("connection manager is closed");
            }
            LibvirtConnection open = connections.get(uri.text());
            if (open != null) {
                return open;
            }
            if (!usingEventLoop) {
                EventLoop.acquire();
                usingEventLoop = true;
            }
        }
        LibvirtConnection connection = LibvirtConnection.open(uri, telemetry, clock, credentials);
        synchronized (this) {
            LibvirtConnection first = closed ? null : connections.putIfAbsent(uri.text(), connection);
            if (closed || first != null) {
                connection.close();
            }
            if (closed) {
                throw new IllegalStateException("connection manager is closed");
            }
            return first != null ? first : connection;
        }
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
    public TelemetryStore telemetry() {
        return telemetry;
    }

    @Override
    public long now() {
        return clock.getAsLong();
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
