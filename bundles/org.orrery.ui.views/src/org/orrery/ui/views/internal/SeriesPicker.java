package org.orrery.ui.views.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
    /** The tree's items by what they show. */
    private final Map<String, TreeItem> groups = new HashMap<>();
    private final Map<String, TreeItem> subjects = new HashMap<>();
    private final Map<SeriesKey, TreeItem> items = new HashMap<>();
    /**
     * What is listed, in the tree's order, at each level: to place new items and mark parents
     * without reading the tree back (reading a GTK tree's children is not cheap).
     */
    private final List<String> groupNames = new ArrayList<>();
    private final Map<String, List<String>> subjectsOf = new HashMap<>();
    private final Map<String, List<SeriesKey>> seriesOf = new HashMap<>();
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
     * Lists the series in {@code entries} (a store's tree). Series that appeared since the last
     * call are added where they belong; the tree is rebuilt only when a series went away (a replay
     * scrubbed back) or after {@link #startOver()}: a run adding VMs every second costs a few new
     * items, not a new tree. Returns whether anything changed.
     */
    /** Most tree rows added by one refresh (see {@link #refresh}). */
    private static final int ADDS_PER_REFRESH = 48;

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
        boolean grownOnly = !items.isEmpty() && new HashSet<>(series).containsAll(listed);
        listed = List.copyOf(series);
        boolean ticksMoved = false;
        if (!touched) {
            // follow the run until the user picks: a migration, once one starts, beats host samples
            List<SeriesKey> defaults = defaults(listed);
            ticksMoved = !defaults.equals(ticked);
            ticked.clear();
            ticked.addAll(defaults);
        }
        tree.setRedraw(false);
        try {
            if (grownOnly) {
                Set<String> newIn = new HashSet<>();
                int budget = ADDS_PER_REFRESH;
                for (SeriesKey key : listed) {
                    if (!items.containsKey(key)) {
                        if (budget-- == 0) {
                            // GTK inserts tree rows slowly: the rest come at the next ticks, the UI
                            // thread stays responsive while a run adds hundreds of series at once
                            listed = listed.stream().filter(items::containsKey).toList();
                            break;
                        }
                        add(key);
                        newIn.add(key.subject());
                    }
                }
                if (ticksMoved) {
                    showTicks(tree.getItems());
                    ticked.forEach(k -> subjects.get(k.subject()).setExpanded(true));
                } else {
                    newIn.forEach(this::markParents);
                }
            } else {
                rebuild();
            }
        } finally {
            tree.setRedraw(true);
        }
        changed.run();
        return true;
    }

    /** Forgets what was listed (a new run, or a replay scrubbed back): the next refresh rebuilds. */
    void startOver() {
        listed = List.of();
        forget();
    }

    private void forget() {
        groups.clear();
        subjects.clear();
        items.clear();
        groupNames.clear();
        subjectsOf.clear();
        seriesOf.clear();
    }

    /** The ticked series the store holds, in the order ticked. */
    List<SeriesKey> chosen() {
        return ticked.stream().filter(items::containsKey).toList();
    }

    /** Ticks exactly {@code series}, as a user would; for tests and for callers that know what to show. */
    void choose(List<SeriesKey> series) {
        touched = true;
        ticked.clear();
        ticked.addAll(series);
        showTicks(tree.getItems());
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
        collectExpanded(tree.getItems(), expanded);
        ticked.stream().map(SeriesKey::subject).forEach(expanded::add);
        tree.removeAll();
        forget();
        for (SeriesKey key : listed) {
            add(key);
        }
        for (TreeItem group : tree.getItems()) {
            group.setExpanded(true);
            for (TreeItem subject : group.getItems()) {
                subject.setExpanded(expanded.contains(subject.getData()));
            }
        }
        showTicks(tree.getItems());
    }

    private static void collectExpanded(TreeItem[] groups, Set<String> out) {
        for (TreeItem group : groups) {
            for (TreeItem subject : group.getItems()) {
                if (subject.getExpanded()) {
                    out.add((String) subject.getData());
                }
            }
        }
    }

    /**
     * Adds the item of {@code key}, and its group's and subject's when they are new, each at its
     * place in the store's order (groups and subjects by name, series by kind then attribute).
     */
    private void add(SeriesKey key) {
        String group = group(key.subject());
        TreeItem g = groups.get(group);
        if (g == null) {
            g = new TreeItem(tree, SWT.NONE, insert(groupNames, group, ORDER));
            g.setText(group.isEmpty() ? "-" : group);
            g.setData(group);
            groups.put(group, g);
        }
        boolean newGroup = g.getItemCount() == 0;
        TreeItem s = subjects.get(key.subject());
        if (s == null) {
            s = new TreeItem(g, SWT.NONE, insert(subjectsOf.computeIfAbsent(group, x -> new ArrayList<>()),
                    key.subject(), ORDER));
            s.setText(key.subject());
            s.setData(key.subject());
            subjects.put(key.subject(), s);
        }
        TreeItem k = new TreeItem(s, SWT.NONE, insert(seriesOf.computeIfAbsent(key.subject(),
                x -> new ArrayList<>()), key, ORDER));
        k.setText(NLS.bind(ChartsMessages.seriesItem, ChartText.attribute(key.attribute()), ChartText.kind(key.kind())));
        k.setData(key);
        k.setChecked(ticked.contains(key));
        items.put(key, k);
        // GTK expands only an item that has children: now they have
        if (newGroup) {
            g.setExpanded(true);
        }
        if (ticked.contains(key)) {
            s.setExpanded(true);
        }
    }

    /** Marks {@code subject}'s item and its group's from what is ticked under them. */
    private void markParents(String subject) {
        int[] own = count(seriesOf.get(subject));
        mark(subjects.get(subject), own[0], own[1]);
        String group = group(subject);
        int on = 0;
        int all = 0;
        for (String s : subjectsOf.get(group)) {
            int[] c = count(seriesOf.get(s));
            on += c[0];
            all += c[1];
        }
        mark(groups.get(group), on, all);
    }

    private int[] count(List<SeriesKey> keys) {
        int on = 0;
        for (SeriesKey k : keys) {
            if (ticked.contains(k)) {
                on++;
            }
        }
        return new int[] {on, keys.size()};
    }

    private static void mark(TreeItem item, int on, int all) {
        boolean checked = on > 0;
        boolean grayed = on > 0 && on < all;
        if (item.getChecked() != checked) {
            item.setChecked(checked);
        }
        if (item.getGrayed() != grayed) {
            item.setGrayed(grayed);
        }
    }

    /** Puts {@code value} into {@code sorted} at its place; returns the place. */
    private static <T> int insert(List<T> sorted, T value, Comparator<Object> order) {
        int i = Collections.binarySearch(sorted, value, order);
        int at = i >= 0 ? i : -i - 1;
        sorted.add(at, value);
        return at;
    }

    /** The store's tree order: names for groups and subjects; kind, then attribute for series. */
    private static final Comparator<Object> ORDER = (a, b) -> {
        if (a instanceof SeriesKey x && b instanceof SeriesKey y) {
            int byKind = x.kind().compareTo(y.kind());
            return byKind != 0 ? byKind : x.attribute().compareTo(y.attribute());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

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
