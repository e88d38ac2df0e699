package org.orrery.sync;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The regular files of a tree by path, with the chunk parameters they were cut with. A scan's
 * manifest holds chunk lists; what peers exchange first is its {@link #summary()} (no chunk lists:
 * tens of bytes a file), and chunk lists only for the files that differ.
 */
public record TreeManifest(ChunkParams params, SortedMap<String, FileEntry> files) {

    public TreeManifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        for (Map.Entry<String, FileEntry> e : files.entrySet()) {
            if (!e.getKey().equals(e.getValue().path())) {
                throw new IllegalArgumentException("manifest key " + e.getKey() + " holds " + e.getValue().path());
            }
        }
    }

    public FileEntry get(String path) {
        return files.get(path);
    }

    /** Total bytes of all files. */
    public long bytes() {
        return files.values().stream().mapToLong(FileEntry::size).sum();
    }

    /** Chunks of all files (0 for a summary). */
    public long chunkCount() {
        return files.values().stream().mapToLong(f -> f.chunks() == null ? 0 : f.chunks().size()).sum();
    }

    /** The same files without chunk lists. */
    public TreeManifest summary() {
        TreeMap<String, FileEntry> out = new TreeMap<>();
        files.forEach((p, f) -> out.put(p, f.summary()));
        return new TreeManifest(params, out);
    }
}
