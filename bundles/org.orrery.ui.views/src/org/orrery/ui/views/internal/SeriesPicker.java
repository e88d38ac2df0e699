package org.orrery.ui.views.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.orrery.charts.ChartPalette;
import org.orrery.charts.ChartText;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TreeEntry;

/**
 * The series a store holds, as a check tree grouped by subject (group, subject, series), and
 * the ones ticked, in the order they were ticked (which gives them their colours). Ticking a
 * subject or a group ticks every series under it. Until the user ticks anything, the first
 * migration's data remaining and dirty rate are ticked (or, before any migration, the first
 * measure of the METRIC samples), so a new view shows something.
 */
final class SeriesPicker {

    private static final List<String> FIRST_METRICS = List.of(Attribute.VM_COUNT, Attribute.UTILIZATION,
            Attribute.CPU_LOAD, Attribute.BANDWIDTH);

    private final Tree tree;
    private final Runnable changed;
    private final List<SeriesKey> ticked = new ArrayList<>();
    private List<SeriesKey> listed = List.of();
    private boolean touched;

    /** A tree under {@code parent}; {@code changed} runs when the ticked series change. */
    SeriesPicker(Composite parent, Runnable changed) {
        this.changed = changed;
        this.tree = new Tree(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.addListener(SWT.Selection, this::selected);
    }

    Tree tree() {
        return tree;
    }

    /**
     * Lists the series in {@code entries} (a store's tree); rebuilds the tree only when the set of
     * series changed. Returns whether it did.
     */
    boolean refresh(List<TreeEntry> entries) {
        List<SeriesKey> series = new ArrayList<>();
        for (TreeEntry e : entries) {
            if (e.series() != null) {
                series.add(e.series());
            }
        }
        if (series.equals(listed)) {
            return false;
        }
        listed = List.copyOf(series);
        if (!touched) {
            // follow the run until the user picks: a migration, once one starts, beats host samples
            ticked.clear();
            ticked.addAll(defaults(listed));
        }
        rebuild();
        changed.run();
        return true;
    }

    /** Forgets what was listed (a new run, or a replay scrubbed back): the next refresh rebuilds. */
    void startOver() {
        listed = List.of();
    }

    /** The ticked series the store holds, in the order ticked. */
    List<SeriesKey> chosen() {
        Set<SeriesKey> present = new HashSet<>(listed);
        return ticked.stream().filter(present::contains).toList();
    }

    /** Ticks exactly {@code series}, as a user would; for tests and for callers that know what to show. */
    void choose(List<SeriesKey> series) {
        touched = true;
        ticked.clear();
        ticked.addAll(series);
        rebuild();
        changed.run();
    }

    /** Every series listed, in the tree's order. */
    List<SeriesKey> listed() {
        return listed;
    }

    private void selected(Event e) {
        if (e.detail != SWT.CHECK || !(e.item instanceof TreeItem item)) {
            return;
        }
        touched = true;
        boolean on = item.getChecked();
        List<SeriesKey> under = new ArrayList<>();
        collect(item, under);
        for (SeriesKey key : under) {
            if (on && !ticked.contains(key)) {
                ticked.add(key);
            } else if (!on) {
                ticked.remove(key);
            }
        }
        tree.setRedraw(false);
        try {
            showTicks(tree.getItems());
        } finally {
            tree.setRedraw(true);
        }
        changed.run();
    }

    private void rebuild() {
        Set<String> expanded = new HashSet<>();
        for (TreeItem group : tree.getItems()) {
            for (TreeItem subject : group.getItems()) {
                if (subject.getExpanded()) {
                    expanded.add((String) subject.getData());
                }
            }
        }
        ticked.stream().map(SeriesKey::subject).forEach(expanded::add);
        Map<String, Map<String, List<SeriesKey>>> groups = new LinkedHashMap<>();
        for (SeriesKey key : listed) {
            groups.computeIfAbsent(group(key.subject()), g -> new LinkedHashMap<>())
                    .computeIfAbsent(key.subject(), s -> new ArrayList<>()).add(key);
        }
        tree.setRedraw(false);
        try {
            tree.removeAll();
            groups.forEach((group, subjects) -> {
                TreeItem g = new TreeItem(tree, SWT.NONE);
                g.setText(group.isEmpty() ? "-" : group);
                subjects.forEach((subject, keys) -> {
                    TreeItem s = new TreeItem(g, SWT.NONE);
                    s.setText(subject);
                    s.setData(subject);
                    for (SeriesKey key : keys) {
                        TreeItem k = new TreeItem(s, SWT.NONE);
                        k.setText(NLS.bind(ChartsMessages.seriesItem, ChartText.attribute(key.attribute()),
                                ChartText.kind(key.kind())));
                        k.setData(key);
                    }
                    s.setExpanded(expanded.contains(subject));
                });
                g.setExpanded(true);
            });
            showTicks(tree.getItems());
        } finally {
            tree.setRedraw(true);
        }
    }

    /** Sets the check marks from {@link #ticked}: a parent is checked when all under it are, grey when some are. */
    private int[] showTicks(TreeItem[] items) {
        int on = 0;
        int all = 0;
        for (TreeItem item : items) {
            int[] counts;
            if (item.getData() instanceof SeriesKey key) {
                counts = new int[] {ticked.contains(key) ? 1 : 0, 1};
            } else {
                counts = showTicks(item.getItems());
            }
            item.setChecked(counts[0] > 0);
            item.setGrayed(counts[0] > 0 && counts[0] < counts[1]);
            on += counts[0];
            all += counts[1];
        }
        return new int[] {on, all};
    }

    private static void collect(TreeItem item, List<SeriesKey> out) {
        if (item.getData() instanceof SeriesKey key) {
            out.add(key);
        }
        for (TreeItem child : item.getItems()) {
            collect(child, out);
        }
    }

    /** The first migration's data remaining and dirty rate, else the first METRIC measure of every subject. */
    static List<SeriesKey> defaults(List<SeriesKey> listed) {
        for (SeriesKey key : listed) {
            if (key.kind() == EventKind.MIGRATION_ROUND && key.attribute().equals(Attribute.BYTES_REMAINING)) {
                SeriesKey dirty = new SeriesKey(key.subject(), key.kind(), Attribute.DIRTY_RATE);
                return listed.contains(dirty) ? List.of(key, dirty) : List.of(key);
            }
        }
        for (String attribute : FIRST_METRICS) {
            List<SeriesKey> metric = listed.stream()
                    .filter(k -> k.kind() == EventKind.METRIC && k.attribute().equals(attribute))
                    .limit(ChartPalette.FIXED).toList();
            if (!metric.isEmpty()) {
                return metric;
            }
        }
        return List.of();
    }

    private static String group(String subject) {
        int slash = subject.indexOf('/');
        return slash > 0 ? subject.substring(0, slash) : "";
    }
}
