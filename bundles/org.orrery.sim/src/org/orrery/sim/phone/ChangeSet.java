package org.orrery.sim.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Storage changes of one side not yet synchronised, per file: changed bytes and regions (each write
 * is one region; overlaps are not merged, which the transfer model's per-file cap absorbs). Kept
 * in file order so every walk is deterministic.
 */
public final class ChangeSet {

    /** The changes to one file. */
    public record FileChange(int file, long fileBytes, long bytes, int regions) {
    }

    private final TreeMap<Integer, FileChange> files = new TreeMap<>();
    private long bytes;

    /** Records a write of {@code length} bytes into {@code file} (of {@code fileBytes}). */
    public void write(int file, long fileBytes, long length) {
        if (length <= 0) {
            throw new IllegalArgumentException("a write must change at least one byte: " + length);
        }
        FileChange old = files.get(file);
        files.put(file, old == null ? new FileChange(file, fileBytes, length, 1)
                : new FileChange(file, fileBytes, old.bytes() + length, old.regions() + 1));
        bytes += length;
    }

    /** Adds every change of {@code other} (e.g. what a dropped sync leaves to send again). */
    public void addAll(ChangeSet other) {
        for (FileChange c : other.files.values()) {
            FileChange old = files.get(c.file());
            files.put(c.file(), old == null ? c
                    : new FileChange(c.file(), c.fileBytes(), old.bytes() + c.bytes(), old.regions() + c.regions()));
            bytes += c.bytes();
        }
    }

    /** Takes every change out: the returned set has them, this one is empty. */
    public ChangeSet drain() {
        ChangeSet out = new ChangeSet();
        out.files.putAll(files);
        out.bytes = bytes;
        files.clear();
        bytes = 0;
        return out;
    }

    /** Changed bytes (the daemon's threshold compares these). */
    public long bytes() {
        return bytes;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The files changed, in file order. */
    public List<FileChange> files() {
        return new ArrayList<>(files.values());
    }

    /** The changed files' numbers. */
    public Set<Integer> fileNumbers() {
        return files.navigableKeySet();
    }

    public int regions() {
        return files.values().stream().mapToInt(FileChange::regions).sum();
    }
}
