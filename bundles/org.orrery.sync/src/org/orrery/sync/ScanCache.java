package org.orrery.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the last scan of a tree found, so that the next one reads only files that changed (the
 * "quick check" rsync and git use): a file whose size, modification time (to the nanosecond) and
 * file key (device and inode) are those of the last scan keeps its chunk list without being read.
 * <p>
 * A file modified within the file system's timestamp granularity of a scan could keep its time:
 * like git's "racily clean" entries, a file whose time is less than {@value #RACY_MILLIS} ms before
 * the scan that recorded it is never trusted and is read again. A tool that rewrites a file and
 * then restores its size and time defeats any quick check: {@link LocalEndpoint#quickCheck(boolean)}
 * turns it off. The cache is only an optimisation: one that cannot be read is ignored.
 */
final class ScanCache {

    /** Files changed this close to a scan's start are read again next time. */
    static final long RACY_MILLIS = 2_000;

    private static final int MAGIC = 0x4f534431; // "OSD1"

    /** How a file looked when it was scanned. */
    record Stamp(long size, long mtimeNanos, String fileKey) {
        static Stamp of(BasicFileAttributes attrs) {
            Object key = attrs.fileKey();
            return new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    key == null ? "" : key.toString());
        }
    }

    private record Known(FileEntry entry, Stamp stamp) {
    }

    static final ScanCache EMPTY = new ScanCache(Map.of(), 0);

    private final Map<String, Known> known;
    private final long takenAtNanos;

    private ScanCache(Map<String, Known> known, long takenAtNanos) {
        this.known = known;
        this.takenAtNanos = takenAtNanos;
    }

    /** The entry of {@code path} if the file is as it was scanned (and not racy), else null. */
    FileEntry lookup(String path, Stamp now) {
        Known k = known.get(path);
        if (k == null || !k.stamp().equals(now) || now.fileKey().isEmpty()) {
            return null;
        }
        return now.mtimeNanos() < takenAtNanos - TimeUnit.MILLISECONDS.toNanos(RACY_MILLIS) ? k.entry() : null;
    }

    static ScanCache load(Path file, ChunkParams params) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return EMPTY; // first scan
        } catch (IOException e) {
            return EMPTY; // unreadable: scan everything
        }
        try {
            Wire.In in = new Wire.In(bytes);
            if (in.i32() != MAGIC || !in.params().equals(params)) {
                return EMPTY; // another format or other chunk sizes: the chunk lists do not apply
            }
            long takenAt = in.i64();
            int n = in.count(50_000_000);
            Map<String, Known> known = new HashMap<>();
            for (int i = 0; i < n; i++) {
                FileEntry e = in.entry();
                known.put(e.path(), new Known(e, new Stamp(in.i64(), in.i64(), in.text())));
            }
            in.end();
            return new ScanCache(known, takenAt);
        } catch (SyncException | IllegalArgumentException e) {
            return EMPTY; // damaged: scan everything, the next save replaces it
        }
    }

    /**
     * Saves a scan that started at {@code takenAtNanos} (wall clock, nanoseconds since the epoch),
     * atomically.
     */
    static void save(Path file, TreeManifest manifest, Map<String, Stamp> stamps, long takenAtNanos) {
        Wire.Out out = new Wire.Out();
        out.i32(MAGIC).params(manifest.params()).i64(takenAtNanos).i32(manifest.files().size());
        for (FileEntry e : manifest.files().values()) {
            Stamp s = stamps.get(e.path());
            out.entry(e).i64(s.size()).i64(s.mtimeNanos()).text(s.fileKey());
        }
        byte[] bytes = out.toBytes();
        try {
            Path temp = Files.createTempFile(file.getParent(), "scan-cache", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new SyncException("cannot save the scan cache " + file + ": " + e, e);
        }
    }
}
