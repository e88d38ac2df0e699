package org.orrery.sim.sched;

import java.util.function.Consumer;

/**
 * The tree of one CFS run queue: a red-black tree of runnable {@link Task}s keyed on (vruntime,
 * tie-break), extended as SBCO extends Linux's: each node keeps {@code rb_index}, the number of
 * nodes in its left subtree, maintained on the way down an insertion, along the splice path of a
 * deletion, and through every rotation. That makes the scheduling ordinate (tasks ahead of a
 * task) an O(log n) walk to the root, {@link #ordinate(Task)}.
 * <p>
 * The tie-break is a per-tree insertion counter, so tasks of equal vruntime queue in arrival
 * order, as Linux's enqueue (which sends equal keys right) does.
 */
public final class RunQueueTree {

    private Task root;
    private Task leftmost;
    private int size;
    private long nextTieBreak;

    /** Number of tasks in the tree. */
    public int size() {
        return size;
    }

    /** The root node, or null when empty. */
    public Task root() {
        return root;
    }

    /** The task with the smallest key (CFS's next pick), or null; cached, O(1). */
    public Task leftmost() {
        return leftmost;
    }

    /** Adds {@code task}, which must be in no tree, behind every task of equal vruntime. */
    public void insert(Task task) {
        if (task.inTree) {
            throw new IllegalStateException(task + " is already in a run-queue tree");
        }
        task.tieBreak = nextTieBreak++;
        task.left = null;
        task.right = null;
        task.rbIndex = 0;
        task.red = true;
        Task parent = null;
        Task x = root;
        boolean isLeftmost = true;
        while (x != null) {
            parent = x;
            if (before(task, x)) {
                x.rbIndex++; // the new node lands in x's left subtree
                x = x.left;
            } else {
                x = x.right;
                isLeftmost = false;
            }
        }
        task.parent = parent;
        if (parent == null) {
            root = task;
        } else if (before(task, parent)) {
            parent.left = task;
        } else {
            parent.right = task;
        }
        if (isLeftmost) {
            leftmost = task;
        }
        task.inTree = true;
        size++;
        fixAfterInsert(task);
    }

    /** Removes {@code task}, which must be in this tree. */
    public void remove(Task z) {
        if (!z.inTree) {
            throw new IllegalStateException(z + " is in no run-queue tree");
        }
        if (leftmost == z) {
            leftmost = successor(z);
        }
        // The node that physically leaves its position: z itself, or z's successor when z has two
        // children. Every ancestor holding that position in its left subtree loses one node.
        Task spliced = z.left == null || z.right == null ? z : minimum(z.right);
        for (Task c = spliced, p = c.parent; p != null; c = p, p = p.parent) {
            if (c == p.left) {
                p.rbIndex--;
            }
        }
        Task x;
        Task xParent;
        boolean removedRed;
        if (z.left == null) {
            x = z.right;
            xParent = z.parent;
            removedRed = z.red;
            transplant(z, z.right);
        } else if (z.right == null) {
            x = z.left;
            xParent = z.parent;
            removedRed = z.red;
            transplant(z, z.left);
        } else {
            Task y = spliced;
            removedRed = y.red;
            x = y.right;
            if (y.parent == z) {
                xParent = y;
            } else {
                xParent = y.parent;
                transplant(y, y.right);
                y.right = z.right;
                y.right.parent = y;
            }
            transplant(z, y);
            y.left = z.left;
            y.left.parent = y;
            y.red = z.red;
            y.rbIndex = z.rbIndex; // y inherits z's left subtree unchanged
        }
        if (!removedRed) {
            fixAfterDelete(x, xParent);
        }
        z.left = null;
        z.right = null;
        z.parent = null;
        z.rbIndex = 0;
        z.inTree = false;
        size--;
    }

    /**
     * SBCO's scheduling ordinate: the number of tasks ahead of {@code task} in this tree, by the
     * walk of sbco.md: start from its rb_index and, at each ancestor it sits right of, add that
     * ancestor's rb_index plus one.
     */
    public static int ordinate(Task task) {
        if (!task.inTree) {
            throw new IllegalStateException(task + " is in no run-queue tree");
        }
        int n = task.rbIndex;
        Task t = task;
        for (Task p = t.parent; p != null; t = p, p = p.parent) {
            if (t == p.right) {
                n += p.rbIndex + 1;
            }
        }
        return n;
    }

    /** The next task in key order after {@code task}, or null. */
    public static Task successor(Task task) {
        if (task.right != null) {
            return minimum(task.right);
        }
        Task t = task;
        Task p = t.parent;
        while (p != null && t == p.right) {
            t = p;
            p = p.parent;
        }
        return p;
    }

    /** The task with ordinate {@code k} (0 = leftmost), through rb_index, O(log n). */
    public Task select(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException(k + " of " + size);
        }
        Task x = root;
        while (true) {
            if (k == x.rbIndex) {
                return x;
            }
            if (k < x.rbIndex) {
                x = x.left;
            } else {
                k -= x.rbIndex + 1;
                x = x.right;
            }
        }
    }

    /** Visits the tasks in key order (leftmost first). */
    public void forEachInOrder(Consumer<Task> visitor) {
        for (Task t = leftmost; t != null; t = successor(t)) {
            visitor.accept(t);
        }
    }

    /**
     * Checks every invariant (key order, red-black colouring and black height, parent links,
     * rb_index equal to the left subtree's size, the cached leftmost and size); returns null when
     * all hold, else what is wrong. For tests and assertions, O(n).
     */
    public String checkInvariants() {
        if (root != null && (root.red || root.parent != null)) {
            return "root is red or has a parent";
        }
        StringBuilder problem = new StringBuilder();
        int[] count = {0};
        check(root, problem, count);
        if (problem.length() > 0) {
            return problem.toString();
        }
        if (count[0] != size) {
            return "size " + size + " but " + count[0] + " nodes";
        }
        Task min = root == null ? null : minimum(root);
        if (min != leftmost) {
            return "cached leftmost " + leftmost + " but minimum is " + min;
        }
        return null;
    }

    /** Returns the black height of {@code x}'s subtree and appends problems. */
    private int check(Task x, StringBuilder problem, int[] count) {
        if (x == null || problem.length() > 0) {
            return 1;
        }
        count[0]++;
        if (!x.inTree) {
            problem.append(x).append(" not marked in tree");
        }
        if (x.left != null && (x.left.parent != x || !before(x.left, x))) {
            problem.append(x).append(": bad left child ").append(x.left);
        }
        if (x.right != null && (x.right.parent != x || !before(x, x.right))) {
            problem.append(x).append(": bad right child ").append(x.right);
        }
        if (x.red && (isRed(x.left) || isRed(x.right))) {
            problem.append(x).append(": red node with a red child");
        }
        int leftSize = sizeOf(x.left);
        if (x.rbIndex != leftSize) {
            problem.append(x).append(": rb_index ").append(x.rbIndex).append(" but left subtree has ").append(leftSize);
        }
        int lh = check(x.left, problem, count);
        int rh = check(x.right, problem, count);
        if (lh != rh) {
            problem.append(x).append(": black heights ").append(lh).append(" and ").append(rh);
        }
        return lh + (x.red ? 0 : 1);
    }

    private static int sizeOf(Task x) {
        return x == null ? 0 : 1 + sizeOf(x.left) + sizeOf(x.right);
    }

    private static boolean before(Task a, Task b) {
        return a.vruntime < b.vruntime || (a.vruntime == b.vruntime && a.tieBreak < b.tieBreak);
    }

    private static Task minimum(Task x) {
        while (x.left != null) {
            x = x.left;
        }
        return x;
    }

    private static boolean isRed(Task x) {
        return x != null && x.red;
    }

    private static boolean isBlack(Task x) {
        return x == null || !x.red;
    }

    private void transplant(Task u, Task v) {
        if (u.parent == null) {
            root = v;
        } else if (u == u.parent.left) {
            u.parent.left = v;
        } else {
            u.parent.right = v;
        }
        if (v != null) {
            v.parent = u.parent;
        }
    }

    private static Task child(Task x, boolean left) {
        return left ? x.left : x.right;
    }

    private static void setChild(Task x, boolean left, Task c) {
        if (left) {
            x.left = c;
        } else {
            x.right = c;
        }
    }

    /**
     * Rotates {@code x} down to the left ({@code toLeft}) or right: its child on the other side
     * takes its place. rb_index counts left subtrees only, so the two directions update it
     * differently: a left rotation grows the new top's left subtree by x and x's left subtree; a
     * right rotation shrinks x's left subtree by the new top and its left subtree.
     */
    private void rotate(Task x, boolean toLeft) {
        Task y = child(x, !toLeft);
        Task inner = child(y, toLeft);
        setChild(x, !toLeft, inner);
        if (inner != null) {
            inner.parent = x;
        }
        replaceChild(x, y);
        setChild(y, toLeft, x);
        x.parent = y;
        if (toLeft) {
            y.rbIndex += x.rbIndex + 1;
        } else {
            x.rbIndex -= y.rbIndex + 1;
        }
    }

    /** Puts {@code y} where {@code x} hangs from its parent. */
    private void replaceChild(Task x, Task y) {
        y.parent = x.parent;
        if (x.parent == null) {
            root = y;
        } else if (x == x.parent.left) {
            x.parent.left = y;
        } else {
            x.parent.right = y;
        }
    }

    /** CLRS's insert fix-up, one body for both sides: {@code left} is the side of z's parent. */
    private void fixAfterInsert(Task z) {
        while (isRed(z.parent)) {
            Task p = z.parent;
            Task g = p.parent;
            boolean left = p == g.left;
            Task uncle = child(g, !left);
            if (isRed(uncle)) {
                p.red = false;
                uncle.red = false;
                g.red = true;
                z = g;
            } else {
                if (z == child(p, !left)) { // inner grandchild: turn it outward first
                    z = p;
                    rotate(z, left);
                    p = z.parent;
                }
                p.red = false;
                g.red = true;
                rotate(g, !left);
            }
        }
        root.red = false;
    }

    /** CLRS's delete fix-up, one body for both sides: {@code left} is the side of the doubly black x. */
    private void fixAfterDelete(Task x, Task xParent) {
        while (x != root && isBlack(x)) {
            boolean left = x == xParent.left;
            Task w = child(xParent, !left);
            if (isRed(w)) {
                w.red = false;
                xParent.red = true;
                rotate(xParent, left);
                w = child(xParent, !left);
            }
            if (isBlack(w.left) && isBlack(w.right)) {
                w.red = true;
                x = xParent;
                xParent = x.parent;
            } else {
                if (isBlack(child(w, !left))) {
                    child(w, left).red = false;
                    w.red = true;
                    rotate(w, !left);
                    w = child(xParent, !left);
                }
                w.red = xParent.red;
                xParent.red = false;
                child(w, !left).red = false;
                rotate(xParent, left);
                x = root;
                xParent = null;
            }
        }
        if (x != null) {
            x.red = false;
        }
    }
}
