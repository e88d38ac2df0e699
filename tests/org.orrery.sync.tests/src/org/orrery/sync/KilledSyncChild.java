package org.orrery.sync;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The process {@link KilledProcessTest} kills: syncs a phone tree to a clone tree over a slow link
 * (100 ms per chunk batch of 256 KiB) and prints {@code BATCH n} after each batch the clone has
 * staged, so the test knows when to kill it.
 */
public final class KilledSyncChild {

    private KilledSyncChild() {
    }

    public static void main(String[] args) {
        Path phone = Path.of(args[0]);
        Path clone = Path.of(args[1]);
        Transport inner = new InProcessTransport(LocalEndpoint.open("clone", clone, ChunkParams.DEFAULT));
        Transport slow = new ForwardingTransport(inner) {
            private int batches;

            @Override
            public byte[] call(byte[] request) throws IOException {
                boolean put = request[0] == Wire.PUT_CHUNKS;
                if (put) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted");
                    }
                }
                byte[] answer = inner.call(request);
                if (put) {
                    System.out.println("BATCH " + ++batches);
                    System.out.flush();
                }
                return answer;
            }
        };
        try (LocalEndpoint p = LocalEndpoint.open("phone", phone, ChunkParams.DEFAULT);
                RemoteEndpoint c = new RemoteEndpoint(slow)) {
            new SyncEngine(p, c, phone.resolve(TreePaths.CONTROL).resolve("base-clone"), null, "phone/child")
                    .batchBytes(256 << 10).sync();
        }
        System.out.println("DONE");
    }
}
