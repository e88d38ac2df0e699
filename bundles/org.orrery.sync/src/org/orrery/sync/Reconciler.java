package org.orrery.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, path by path, what each side must do, from both sides' scans and their last common
 * state (the base). The rules (README.md, "Conflicts"):
 * <ul>
 * <li>Same content on both sides: nothing to do, whatever the base says.</li>
 * <li>Changed (created, modified or deleted) on one side only: the change goes to the other.</li>
 * <li>Deleted on one side, modified on the other: the modified file wins (is restored to the
 * side that deleted it): a deletion never destroys an edit.</li>
 * <li>Modified on both (or created on both with different content): the <b>primary</b> side (the
 * phone) keeps the path on both sides; the secondary's (the clone's) version is kept on both sides
 * as {@code PATH.<secondary>-conflict-<UTC time>} (e.g. {@code notes.txt.clone-conflict-20261125T143000Z}).
 * Nothing is lost, the phone stays authoritative (its user is the one at the screen), and the
 * conflict copy is an ordinary file the next sync treats like any other.</li>
 * </ul>
 * A deletion on one side plus a creation with the same content elsewhere on that side is a rename:
 * the other side moves its file instead of receiving it.
 */
final class Reconciler {

    /** One step of a side's plan, before chunk lists are filled in. */
    sealed interface Step {
    }

    /** A step that needs no data from the other side (a move, a deletion). */
    record Apply(Plan.Op op) implements Step {
    }

    /** Write {@code path} with the content of the other side's {@code sourcePath}. */
    record Write(String path, String sourcePath) implements Step {
    }

    /** Everything decided. */
    record Decision(List<Step> toSecondary, List<Step> toPrimary, List<SyncReport.Conflict> conflicts,
            Map<String, Hash> newBase) {
    }

    private Reconciler() {
    }

    /**
     * @param primary   scan summary of the primary (winning) side
     * @param secondary scan summary of the secondary side
     * @param base      the last common state (empty before the first sync)
     * @param stamp     the time stamp that names conflict copies
     */
    static Decision decide(TreeManifest primary, TreeManifest secondary, Map<String, Hash> base,
            String secondaryName, String stamp) {
        List<Step> toSecondary = new ArrayList<>();
        List<Step> toPrimary = new ArrayList<>();
        List<SyncReport.Conflict> conflicts = new ArrayList<>();
        Map<String, Hash> result = new TreeMap<>();
        TreeSet<String> paths = new TreeSet<>(primary.files().keySet());
        paths.addAll(secondary.files().keySet());
        for (String p : paths) {
            FileEntry a = primary.get(p);
            FileEntry b = secondary.get(p);
            Hash o = base.get(p);
            if (a != null && a.sameContent(b)) {
                result.put(p, a.fileHash());
                continue;
            }
            boolean aChanged = !same(a, o);
            boolean bChanged = !same(b, o);
            if (aChanged && !bChanged || bChanged && !aChanged) {
                boolean fromPrimary = aChanged;
                FileEntry winner = fromPrimary ? a : b;
                List<Step> target = fromPrimary ? toSecondary : toPrimary;
                if (winner == null) {
                    target.add(new Apply(new Plan.Delete(p)));
                } else {
                    target.add(new Write(p, p));
                    result.put(p, winner.fileHash());
                }
            } else if (a == null || b == null) {
                // Deleted on one side, modified on the other: the modified file comes back.
                FileEntry kept = a == null ? b : a;
                (a == null ? toPrimary : toSecondary).add(new Write(p, p));
                result.put(p, kept.fileHash());
            } else {
                String keptAs = freeName(p + "." + secondaryName + "-conflict-" + stamp, primary, secondary);
                toSecondary.add(new Apply(new Plan.Move(p, keptAs)));
                toSecondary.add(new Write(p, p));
                toPrimary.add(new Write(keptAs, p));
                conflicts.add(new SyncReport.Conflict(p, keptAs));
                result.put(p, a.fileHash());
                result.put(keptAs, b.fileHash());
            }
        }
        return new Decision(renames(toSecondary, secondary, primary), renames(toPrimary, primary, secondary),
                conflicts, result);
    }

    private static boolean same(FileEntry e, Hash base) {
        return e == null ? base == null : e.fileHash().equals(base);
    }

    private static String freeName(String name, TreeManifest a, TreeManifest b) {
        String candidate = name;
        for (int i = 2; a.get(candidate) != null || b.get(candidate) != null; i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }

    /**
     * Turns a deletion plus a write of the same content on one side into a move: the receiving
     * side renames its file, no chunk is sent (not even looked up).
     */
    private static List<Step> renames(List<Step> steps, TreeManifest receiver, TreeManifest source) {
        Map<Hash, List<String>> deletedByContent = new HashMap<>();
        for (Step step : steps) {
            if (step instanceof Apply(Plan.Delete d)) {
                deletedByContent.computeIfAbsent(receiver.get(d.path()).fileHash(), k -> new ArrayList<>()).add(d.path());
            }
        }
        if (deletedByContent.isEmpty()) {
            return steps;
        }
        List<Step> moves = new ArrayList<>();
        List<Step> rest = new ArrayList<>();
        Set<String> movedAway = new HashSet<>();
        for (Step step : steps) {
            if (step instanceof Write w) {
                List<String> candidates = deletedByContent.get(source.get(w.sourcePath()).fileHash());
                if (candidates != null && !candidates.isEmpty() && receiver.get(w.path()) == null) {
                    String from = candidates.remove(0);
                    movedAway.add(from);
                    moves.add(new Apply(new Plan.Move(from, w.path())));
                    continue;
                }
            }
            rest.add(step);
        }
        rest.removeIf(step -> step instanceof Apply(Plan.Delete d) && movedAway.contains(d.path()));
        // The order does not matter: the receiving side applies moves, then writes, then deletions.
        List<Step> out = new ArrayList<>(moves);
        out.addAll(rest);
        return out;
    }
}
