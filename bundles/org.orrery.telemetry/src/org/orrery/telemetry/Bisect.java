package org.orrery.telemetry;

import java.util.function.IntPredicate;

/**
 * The two binary searches every index of the store needs, over a predicate of the position that
 * changes its answer at most once (the store's arrays are sorted).
 */
final class Bisect {

    private Bisect() {
    }

    /** The last position in [from, to] where {@code holds} is true, given it is true at {@code from} and then turns false. */
    static int last(int from, int to, IntPredicate holds) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (holds.test(mid)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The first position in [from, to) where {@code holds} is true, given it is false and then turns true; {@code to} if never. */
    static int first(int from, int to, IntPredicate holds) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (holds.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
