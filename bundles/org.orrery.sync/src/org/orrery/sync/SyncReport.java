package org.orrery.sync;

import java.util.List;

/**
 * What one sync did and cost.
 *
 * @param treeBytes       bytes in both trees
 * @param bytesScanned    bytes read and chunked on both sides (all of them unless the quick check
 *                        vouched for unchanged files)
 * @param chunksScanned   chunks in both trees
 * @param scanNanos       wall time of the scan phase (both sides scan at once)
 * @param filesWritten    files written on both sides (new or changed content)
 * @param filesMoved      renames, conflict copies kept aside included
 * @param filesDeleted    deletions
 * @param chunksInPlans   distinct chunks the written files are made of
 * @param chunksSent      chunks that crossed (the receiver lacked them)
 * @param chunkBytesSent  their bytes: the data that crossed
 * @param wireBytes       every byte the transports carried both ways (chunks, manifests, plans,
 *                        answers); 0 when both endpoints are local
 * @param conflicts       paths changed on both sides, with where the secondary's version is kept
 * @param nanos           wall time of the whole sync
 */
public record SyncReport(long treeBytes, long bytesScanned, long chunksScanned, long scanNanos, int filesWritten, int filesMoved,
        int filesDeleted, long chunksInPlans, long chunksSent, long chunkBytesSent, long wireBytes,
        List<Conflict> conflicts, long nanos) {

    public SyncReport {
        conflicts = List.copyOf(conflicts);
    }

    /** A path both sides changed, and the name the secondary's version got on both sides. */
    public record Conflict(String path, String keptAs) {
    }

    /** Scanning throughput, MB (10^6 bytes) per second. */
    public double scanMegabytesPerSecond() {
        return scanNanos == 0 ? 0 : bytesScanned / 1e6 / (scanNanos / 1e9);
    }
}
