package org.orrery.sim.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.sync.ChunkParams;
import org.orrery.sync.InProcessTransport;
import org.orrery.sync.LocalEndpoint;
import org.orrery.sync.RemoteEndpoint;
import org.orrery.sync.SyncEngine;
import org.orrery.sync.SyncReport;
import org.orrery.sync.TreePaths;

/**
 * The simulation's transfer model against the real sync engine: real files, given changes, synced
 * by org.orrery.sync over its in-process transport; the model's prediction of the bytes sent must
 * be within {@value #TOLERANCE} of what the engine sent (chunk bytes, and all bytes on the wire).
 */
class TransferModelVsEngineTest {

    /** Relative tolerance of the prediction. */
    static final double TOLERANCE = 0.25;
    static final int FILES = 24;
    static final int FILE_BYTES = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void scatteredSmallWrites() throws IOException {
        check(1, 120, 4 << 10, 4 << 10);
    }

    @Test
    void scatteredMixedWrites() throws IOException {
        for (int seed = 10; seed < 13; seed++) {
            check(seed, 80, 4 << 10, 16 << 10);
            cleanup();
        }
    }

    private void cleanup() throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(x -> !x.equals(dir)).forEach(x -> x.toFile().delete());
        }
    }

    @Test
    void fewLargeWrites() throws IOException {
        check(3, 10, 64 << 10, 200 << 10);
    }

    @Test
    void manySmallWritesPerFile() throws IOException {
        check(4, 300, 512, 2 << 10);
    }

    @Test
    void formulaOfOneFile() {
        TransferModel m = new TransferModel(10_000, 1.5, 36, 100);
        // one region: its bytes plus 1.5 chunks
        assertEquals(4_000 + 15_000, m.chunkBytes(4_000, 1, 1_000_000));
        // two regions: the expected union of two 19,000-byte windows in 1 MB
        assertEquals(Math.round(1e6 * (1 - Math.pow(1 - 19_000 / 1e6, 2))), m.chunkBytes(8_000, 2, 1_000_000));
        // never more than the file
        assertEquals(50_000, m.chunkBytes(40_000, 30, 50_000));
        assertEquals(100 * 36 + 100, m.overheadBytes(1_000_000));
    }

    private void check(long seed, int writes, int minWrite, int maxWrite) throws IOException {
        Path phone = Files.createDirectories(dir.resolve("phone"));
        Path clone = Files.createDirectories(dir.resolve("clone"));
        SplittableRandom random = new SplittableRandom(seed);
        for (int f = 0; f < FILES; f++) {
            byte[] data = new byte[FILE_BYTES];
            random.nextBytes(data);
            Files.write(phone.resolve("f" + f), data);
        }
        sync(phone, clone); // the clone starts equal
        ChangeSet changes = new ChangeSet();
        for (int i = 0; i < writes; i++) {
            int f = random.nextInt(FILES);
            int length = minWrite + random.nextInt(maxWrite - minWrite + 1);
            long offset = random.nextLong(FILE_BYTES - length + 1);
            byte[] data = new byte[length];
            random.nextBytes(data);
            try (RandomAccessFile file = new RandomAccessFile(phone.resolve("f" + f).toFile(), "rw")) {
                file.seek(offset);
                file.write(data);
            }
            changes.write(f, FILE_BYTES, length);
        }
        SyncReport r = sync(phone, clone);
        TransferModel m = TransferModel.DEFAULT;
        long predictedChunks = m.chunkBytes(changes);
        long predictedWire = m.wireBytes(changes);
        double chunkError = (double) (predictedChunks - r.chunkBytesSent()) / r.chunkBytesSent();
        double wireError = (double) (predictedWire - r.wireBytes()) / r.wireBytes();
        System.out.printf(Locale.ROOT, "TransferModelVsEngineTest: per region beyond its bytes %,d B, mean chunk %,d B%n",
                (r.chunkBytesSent() - changes.bytes()) / changes.regions(), r.chunkBytesSent() / Math.max(1, r.chunksSent()));
        System.out.printf(Locale.ROOT, "TransferModelVsEngineTest seed %d: %d writes of %d-%d B, %,d B changed in %d"
                + " files: engine sent %,d chunk bytes (%,d on the wire), model %,d (%+.1f%%) and %,d (%+.1f%%)%n", seed,
                writes, minWrite, maxWrite, changes.bytes(), changes.files().size(), r.chunkBytesSent(), r.wireBytes(),
                predictedChunks, 100 * chunkError, predictedWire, 100 * wireError);
        assertTrue(Math.abs(chunkError) <= TOLERANCE, "chunk bytes off by " + chunkError);
        assertTrue(Math.abs(wireError) <= TOLERANCE, "wire bytes off by " + wireError);
        assertEquals(changes.files().size(), r.filesWritten());
    }

    private static SyncReport sync(Path phone, Path clone) {
        ChunkParams params = ChunkParams.DEFAULT;
        assertEquals(8 << 10, params.avg(), "the model is calibrated on the engine's default chunks");
        try (LocalEndpoint p = LocalEndpoint.open("phone", phone, params);
                RemoteEndpoint c = new RemoteEndpoint(new InProcessTransport(LocalEndpoint.open("clone", clone, params)))) {
            return new SyncEngine(p, c, phone.resolve(TreePaths.CONTROL).resolve("base-clone"), null, "phoneinstance/t")
                    .sync();
        }
    }
}
