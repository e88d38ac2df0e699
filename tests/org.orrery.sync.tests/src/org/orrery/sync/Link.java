package org.orrery.sync;

import java.io.IOException;
import java.util.Arrays;

/**
 * A transport with faults put in on purpose, around an in-process one: the link drops at the Nth
 * chunk batch, or a chunk batch arrives with a flipped byte, or cut short.
 */
final class Link extends ForwardingTransport {

    enum Fault {
        NONE, DROP, CORRUPT, TRUNCATE
    }

    private final Fault fault;
    private final int atBatch;
    private int batches;

    Link(Endpoint target, Fault fault, int atBatch) {
        super(new InProcessTransport(target));
        this.fault = fault;
        this.atBatch = atBatch;
    }

    @Override
    public byte[] call(byte[] request) throws IOException {
        if (request[0] == Wire.PUT_CHUNKS && ++batches == atBatch) {
            switch (fault) {
                case DROP -> throw new IOException("link dropped (test)");
                case CORRUPT -> {
                    byte[] bad = request.clone();
                    bad[bad.length - 10] ^= 0x20; // inside the last chunk's data
                    return inner.call(bad);
                }
                case TRUNCATE -> {
                    return inner.call(Arrays.copyOf(request, request.length - 1000));
                }
                case NONE -> {
                    // deliver as is
                }
            }
        }
        return inner.call(request);
    }
}
