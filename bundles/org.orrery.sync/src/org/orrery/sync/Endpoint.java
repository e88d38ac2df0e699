package org.orrery.sync;

import java.util.Collection;
import java.util.List;

/**
 * One side of a sync, a tree somewhere: on this disk ({@link LocalEndpoint}) or behind a
 * {@link Transport} ({@link RemoteEndpoint}). The coordinator ({@link SyncEngine}) drives two of
 * them; only the methods that carry chunks ({@link #readChunks}, {@link #putChunks}) move data, the
 * rest move manifests and plans.
 * <p>
 * A receiving side's life in one sync: {@link #scan}, {@link #prepare} (it answers which chunks
 * it lacks), {@link #putChunks} until it has them (staged, so they survive an interruption),
 * {@link #verify} (new files built beside the tree, every chunk and every file checked), then
 * {@link #install} (atomic renames). Any failure before install leaves the tree as it was.
 */
public interface Endpoint extends AutoCloseable {

    /** A chunk on the wire: its hash and its bytes. */
    record Chunk(Hash hash, byte[] data) {
    }

    /**
     * What a scan found and what it cost.
     *
     * @param summary   the tree's files, without chunk lists
     * @param bytes     bytes in the tree
     * @param bytesRead bytes read and chunked (less than {@code bytes} when the quick check vouched
     *                  for unchanged files)
     * @param chunks    chunks in the tree
     * @param nanos     the scan's wall time
     */
    record ScanResult(TreeManifest summary, long bytes, long bytesRead, long chunks, long nanos) {
    }

    /** What the receiving side lacks for a plan, and how much of the plan's data it already had. */
    record Prepared(List<Hash> missing, int chunksInPlan, long stagedBefore) {
    }

    /** Files built and checked beside the tree. */
    record Verified(int files, long bytes) {
    }

    /** What an install changed. */
    record Installed(int written, int moved, int deleted) {
    }

    /** The side's name ({@code phone}, {@code clone}): it names conflict copies. */
    String name();

    /** Reads the whole tree; later calls refer to this scan. */
    ScanResult scan();

    /** Chunk lists of the given files, from the last scan. */
    List<FileEntry> chunkLists(Collection<String> paths);

    /** Accepts a plan for this side; returns the chunks it must be sent. */
    Prepared prepare(Plan plan);

    /** The bytes of chunks of this side's last scan (checked against their hashes). */
    List<Chunk> readChunks(List<Hash> hashes);

    /** Stages chunks of the prepared plan; refuses (and stages none of) a batch with a bad chunk. */
    void putChunks(List<Chunk> chunks);

    /** Builds the prepared plan's files beside the tree, checking every chunk and file hash. */
    Verified verify();

    /** Puts the verified files in place (atomic renames), then moves and deletions. */
    Installed install();

    /** Drops a prepared plan (its verified temporary files); staged chunks stay for the next try. */
    void abort();

    @Override
    void close();
}
