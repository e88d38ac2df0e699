package org.orrery.sim.phone;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * What the real sync engine ({@code org.orrery.sync}) sends for a set of storage changes, without
 * running it. Content-defined chunks resend each changed region's own bytes plus the chunks it cuts
 * into at both ends: a region of L bytes costs about L + {@link #chunksPerRegion} mean chunks. Several
 * regions in one file share chunks, so per file the model takes the expected union of its k regions
 * placed at random: {@code F * (1 - (1 - w/F)^k)} with w = mean region + the excess, F the file size
 * (it never exceeds the file). On the wire come the chunk list of every changed file
 * ({@link #chunkRefBytes} a chunk) and a summary per changed file. A rename costs nothing and is not
 * modelled. {@code tests/org.orrery.sim.tests} (TransferModelVsEngineTest) checks it against the
 * real engine within 25%.
 *
 * @param meanChunkBytes   the mean size of the engine's chunks (its target average is 8 KiB; the
 *                         cuts it makes average 9.1-9.7 KiB on random data, 9.3 KiB in its benchmark)
 * @param chunksPerRegion  mean chunks resent per changed region beyond the region's own bytes
 * @param chunkRefBytes    bytes per chunk of a changed file in the plan (hash and length)
 * @param fileSummaryBytes bytes per changed file for the scan summaries and framing
 */
@Describes
public record TransferModel(
        @Parameter(value = "mean size of the sync engine's chunks", unit = "B",
                source = "org.orrery.sync: 2 / 8 / 64 KiB parameters; 9.1-9.7 KiB measured") int meanChunkBytes,
        @Parameter(value = "mean chunks resent per changed region beyond the region's own bytes",
                unit = "chunks", source = "TransferModelVsEngineTest: 1.5-2.0 on 1 MiB files (the sync README's"
                        + " 1.3-1.4 is on a tree of mostly small files, where the file size caps it)")
        double chunksPerRegion,
        @Parameter(value = "plan bytes per chunk of a changed file", unit = "B",
                source = "org.orrery.sync README: 36 B a chunk") int chunkRefBytes,
        @Parameter(value = "summary and framing bytes per changed file", unit = "B",
                source = "org.orrery.sync README: tens of bytes a file") int fileSummaryBytes) {

    /** Calibrated on the real engine with its default chunk parameters. */
    public static final TransferModel DEFAULT = new TransferModel(9_500, 1.6, 36, 100);

    public TransferModel {
        if (meanChunkBytes <= 0 || !(chunksPerRegion >= 0) || chunkRefBytes < 0 || fileSummaryBytes < 0) {
            throw new IllegalArgumentException("transfer model: chunk size must be positive and the overheads not"
                    + " negative: " + meanChunkBytes + ", " + chunksPerRegion + ", " + chunkRefBytes + ", "
                    + fileSummaryBytes);
        }
    }

    /** Chunk (data) bytes sent for {@code regions} changed regions of {@code changedBytes} in all in a file of {@code fileBytes}. */
    public long chunkBytes(long changedBytes, int regions, long fileBytes) {
        if (regions <= 0 || changedBytes <= 0) {
            return 0;
        }
        double width = (double) changedBytes / regions + chunksPerRegion * meanChunkBytes;
        double f = Math.max(fileBytes, changedBytes);
        if (width >= f) {
            return Math.round(f);
        }
        return Math.round(f * (1 - Math.pow(1 - width / f, regions)));
    }

    /** Plan and summary bytes for one changed file of {@code fileBytes}. */
    public long overheadBytes(long fileBytes) {
        long chunks = Math.max(1, (fileBytes + meanChunkBytes - 1) / meanChunkBytes);
        return chunks * chunkRefBytes + fileSummaryBytes;
    }

    /** All bytes on the wire for {@code changes}: data of every file plus its overhead. */
    public long wireBytes(ChangeSet changes) {
        long sum = 0;
        for (ChangeSet.FileChange c : changes.files()) {
            sum += chunkBytes(c.bytes(), c.regions(), c.fileBytes()) + overheadBytes(c.fileBytes());
        }
        return sum;
    }

    /** Chunk bytes only (what the engine reports as {@code chunkBytesSent}) for {@code changes}. */
    public long chunkBytes(ChangeSet changes) {
        long sum = 0;
        for (ChangeSet.FileChange c : changes.files()) {
            sum += chunkBytes(c.bytes(), c.regions(), c.fileBytes());
        }
        return sum;
    }

    /** Chunks sent for {@code changes}, estimated as chunk bytes over the mean chunk size (at least one a file). */
    public long chunks(ChangeSet changes) {
        long sum = 0;
        for (ChangeSet.FileChange c : changes.files()) {
            sum += Math.max(1, Math.round((double) chunkBytes(c.bytes(), c.regions(), c.fileBytes()) / meanChunkBytes));
        }
        return sum;
    }
}
