package org.orrery.sync;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A transport to an endpoint in the same JVM that still goes through the wire encoding: requests
 * and answers are the bytes a socket would carry, and they are counted the same way. For tests and
 * for a phone and clone whose trees are both on this machine.
 */
public final class InProcessTransport implements Transport {

    private final EndpointServer server;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();

    public InProcessTransport(Endpoint target) {
        this.server = new EndpointServer(target);
    }

    @Override
    public byte[] call(byte[] request) {
        sent.addAndGet(request.length);
        byte[] answer = server.handle(request);
        received.addAndGet(answer.length);
        return answer;
    }

    @Override
    public long bytesSent() {
        return sent.get();
    }

    @Override
    public long bytesReceived() {
        return received.get();
    }

    @Override
    public void close() {
        server.close();
    }
}
