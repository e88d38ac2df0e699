package org.orrery.sync;

import java.io.IOException;
import java.util.Objects;

/**
 * A transport that hands every request to another one and reports its byte counts: the base of
 * a link that watches, delays or disturbs the traffic (override {@link #call}). Tests put faults,
 * holds and slow links in between this way without repeating the plumbing.
 */
public abstract class ForwardingTransport implements Transport {

    /** Where the requests go. */
    protected final Transport inner;

    protected ForwardingTransport(Transport inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public byte[] call(byte[] request) throws IOException {
        return inner.call(request);
    }

    @Override
    public long bytesSent() {
        return inner.bytesSent();
    }

    @Override
    public long bytesReceived() {
        return inner.bytesReceived();
    }

    @Override
    public void close() {
        inner.close();
    }
}
