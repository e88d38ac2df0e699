package org.orrery.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * One regular file of a tree as a scan saw it.
 *
 * @param path     relative to the tree's root, segments separated by {@code /} ({@link TreePaths})
 * @param size     bytes
 * @param mtime    last modification, milliseconds since the epoch; installed files get the
 *                 sender's
 * @param mode     POSIX permission bits (e.g. 0644), or -1 where the file system has none
 * @param fileHash the whole file's hash: SHA-256 over a fixed prefix, the size and every chunk's
 *                 hash in order ({@link #fileHash(long, List)}), so a receiver verifies the whole
 *                 file while it verifies the chunks, without a second pass over the data
 * @param chunks   the file's chunks in order, or {@code null} in a summary (what is exchanged
 *                 before the peers know which files differ)
 */
public record FileEntry(String path, long size, long mtime, int mode, Hash fileHash, List<ChunkRef> chunks) {

    private static final byte[] FILE_HASH_PREFIX = "orrery-sync file v1\n".getBytes(StandardCharsets.US_ASCII);

    public FileEntry {
        TreePaths.check(path);
        Objects.requireNonNull(fileHash, "fileHash");
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + path + ": " + size);
        }
        if (chunks != null) {
            chunks = List.copyOf(chunks);
            long sum = 0;
            for (ChunkRef c : chunks) {
                if (c.length() <= 0) {
                    throw new IllegalArgumentException("empty chunk in " + path);
                }
                sum += c.length();
            }
            if (sum != size) {
                throw new IllegalArgumentException("chunks of " + path + " add up to " + sum + " bytes, not " + size);
            }
        }
    }

    /** This entry without its chunk list. */
    public FileEntry summary() {
        return chunks == null ? this : new FileEntry(path, size, mtime, mode, fileHash, null);
    }

    /** The same file under another path. */
    public FileEntry withPath(String other) {
        return new FileEntry(other, size, mtime, mode, fileHash, chunks);
    }

    /** Same content (the file hash covers size and data). */
    public boolean sameContent(FileEntry other) {
        return other != null && fileHash.equals(other.fileHash);
    }

    /** The file hash of a file of {@code size} bytes made of {@code chunks}. */
    public static Hash fileHash(long size, List<ChunkRef> chunks) {
        MessageDigest digest = Hash.newDigest();
        digest.update(FILE_HASH_PREFIX);
        byte[] buf = new byte[Hash.SIZE];
        for (int i = 0; i < 8; i++) {
            buf[i] = (byte) (size >>> (56 - 8 * i));
        }
        digest.update(buf, 0, 8);
        for (ChunkRef c : chunks) {
            c.hash().copyTo(buf, 0);
            digest.update(buf);
        }
        return Hash.wrap(digest.digest());
    }
}
