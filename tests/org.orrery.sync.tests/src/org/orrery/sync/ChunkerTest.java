package org.orrery.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkerTest {

    private static final ChunkParams P = ChunkParams.DEFAULT;

    @TempDir
    Path dir;

    /** Cuts a whole array in memory: the reference the file scanner must agree with. */
    private static List<ChunkRef> cutAll(byte[] data) {
        Chunker chunker = new Chunker(P);
        List<ChunkRef> out = new ArrayList<>();
        int pos = 0;
        while (pos < data.length) {
            int len = chunker.cut(data, pos, Math.min(data.length, pos + P.max()));
            out.add(new ChunkRef(Hash.sha256(data, pos, len), len));
            pos += len;
        }
        return out;
    }

    @Test
    void chunkSizesStayWithinTheBoundsAndAverageNearTheTarget() {
        byte[] data = Trees.random(1, 8 << 20);
        List<ChunkRef> chunks = cutAll(data);
        for (int i = 0; i < chunks.size() - 1; i++) {
            int len = chunks.get(i).length();
            assertTrue(len >= P.min() && len <= P.max(), "chunk " + i + " has " + len + " bytes");
        }
        double mean = (double) data.length / chunks.size();
        // Normalized chunking with the minimum skipped lands a little above avg; within [avg/2, 2 avg].
        assertTrue(mean >= P.avg() / 2.0 && mean <= 2.0 * P.avg(), "mean chunk size " + mean);
    }

    @Test
    void anInsertionChangesOnlyTheChunksAroundIt() {
        byte[] data = Trees.random(2, 4 << 20);
        int at = 2_000_003;
        byte[] insert = Trees.random(3, 100);
        byte[] changed = new byte[data.length + insert.length];
        System.arraycopy(data, 0, changed, 0, at);
        System.arraycopy(insert, 0, changed, at, insert.length);
        System.arraycopy(data, at, changed, at + insert.length, data.length - at);
        Set<Hash> before = new HashSet<>();
        cutAll(data).forEach(c -> before.add(c.hash()));
        long newBytes = 0;
        int newChunks = 0;
        for (ChunkRef c : cutAll(changed)) {
            if (!before.contains(c.hash())) {
                newBytes += c.length();
                newChunks++;
            }
        }
        // The CDC property: boundaries resynchronise right after the insertion.
        assertTrue(newChunks <= 3, newChunks + " new chunks");
        assertTrue(newBytes <= insert.length + 2L * P.max(), newBytes + " new bytes");
    }

    @Test
    void theFileScannerCutsExactlyAsTheInMemoryChunkerAcrossBufferRefills() throws Exception {
        byte[] data = Trees.random(4, 11 << 20); // larger than the scanner's 4 MiB buffer
        Files.write(dir.resolve("big.bin"), data);
        Files.write(dir.resolve("small.bin"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("empty.bin"), new byte[0]);
        TreeManifest m = new Scanner(P, 2).scan(dir);
        FileEntry big = m.get("big.bin");
        assertEquals(cutAll(data), big.chunks());
        assertEquals(FileEntry.fileHash(data.length, big.chunks()), big.fileHash());
        assertEquals(1, m.get("small.bin").chunks().size());
        assertEquals(0, m.get("empty.bin").chunks().size());
        assertEquals(3, m.files().size());
    }

    @Test
    void parametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ChunkParams(2048, 6000, 65536));
        assertThrows(IllegalArgumentException.class, () -> new ChunkParams(8192, 8192, 65536));
        assertThrows(IllegalArgumentException.class, () -> new ChunkParams(2048, 8192, 8192));
    }
}
