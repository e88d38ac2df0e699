package org.orrery.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one side must do to its tree: the coordinator decides it from both sides' scans, the
 * receiving side checks it (paths, its files unchanged since its scan), stages the chunks it lacks,
 * builds and verifies every new file beside the tree, then installs all at once. Moves come first
 * (a conflict moves a file aside before the winner takes its path), then writes, then deletions.
 */
public record Plan(List<Op> ops) {

    /** One change to the receiving tree. */
    public sealed interface Op {
    }

    /** Make {@code entry.path()} hold the file {@code entry} describes (with its chunk list). */
    public record Write(FileEntry entry) implements Op {
        public Write {
            if (entry.chunks() == null) {
                throw new IllegalArgumentException("a write needs the chunk list of " + entry.path());
            }
        }
    }

    /** Remove {@code path}. */
    public record Delete(String path) implements Op {
        public Delete {
            TreePaths.check(path);
        }
    }

    /**
     * Rename {@code from} to {@code to} on the receiving side: a rename sends no data, and a
     * conflict keeps the loser's file this way.
     */
    public record Move(String from, String to) implements Op {
        public Move {
            TreePaths.check(from);
            TreePaths.check(to);
        }
    }

    public Plan {
        ops = List.copyOf(ops);
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    public List<Write> writes() {
        List<Write> out = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof Write w) {
                out.add(w);
            }
        }
        return out;
    }

    /** Distinct chunk hashes of all writes, in first-use order. */
    public List<Hash> chunkHashes() {
        Set<Hash> out = new LinkedHashSet<>();
        for (Write w : writes()) {
            for (ChunkRef c : w.entry().chunks()) {
                out.add(c.hash());
            }
        }
        return new ArrayList<>(out);
    }

    /** Every path the plan reads or changes on the receiving side. */
    public Set<String> touchedPaths() {
        Set<String> out = new LinkedHashSet<>();
        for (Op op : ops) {
            switch (op) {
                case Write w -> out.add(w.entry().path());
                case Delete d -> out.add(d.path());
                case Move m -> {
                    out.add(m.from());
                    out.add(m.to());
                }
            }
        }
        return out;
    }
}
