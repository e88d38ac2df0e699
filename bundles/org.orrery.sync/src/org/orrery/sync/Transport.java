package org.orrery.sync;

import java.io.IOException;

/**
 * Carries the sync protocol's requests to the other side and brings back its answers. It counts
 * every byte both ways: the figure the "only changed chunks cross the wire" claim is checked on.
 * An {@link IOException} means the link failed (the other side may or may not have acted on the
 * request): the sync stops, and the next one resumes from what the other side staged.
 */
public interface Transport extends AutoCloseable {

    /** Sends one request and waits for its answer. */
    byte[] call(byte[] request) throws IOException;

    /** Bytes of requests sent so far. */
    long bytesSent();

    /** Bytes of answers received so far. */
    long bytesReceived();

    @Override
    void close();
}
