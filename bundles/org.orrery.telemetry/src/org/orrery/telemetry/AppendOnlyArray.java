package org.orrery.telemetry;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * An array that one writer appends to and any thread reads without locking. The writer stores
 * the element, publishes the array (grown by a copy when full), then the size; a reader that
 * reads the size first and the array after always finds at least that many elements, and an
 * element, once there, never changes.
 */
final class AppendOnlyArray<T> {

    private volatile T[] elements;
    private volatile int size;

    AppendOnlyArray(IntFunction<T[]> allocate, int capacity) {
        this.elements = allocate.apply(capacity);
    }

    /** Writer only: appends {@code element}. */
    void append(T element) {
        int n = size;
        T[] a = elements;
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        a[n] = element;
        elements = a;
        size = n + 1;
    }

    int size() {
        return size;
    }

    /** Element {@code i}, below a size the caller read. */
    T get(int i) {
        return elements[i];
    }

    /** The last element, or null when empty. */
    T last() {
        int n = size;
        return n == 0 ? null : elements[n - 1];
    }

    /** The elements, in an array whose first {@code size()} (as read before) slots are filled. */
    T[] array() {
        return elements;
    }

    /** A copy of the elements. */
    T[] toArray() {
        int n = size;
        return Arrays.copyOf(elements, n);
    }
}
