package org.orrery.sim;

import java.util.Arrays;

/**
 * Binary min-heap of pending events ordered by (time, serial). Each event remembers its heap
 * position so that unscheduling is a true O(log n) removal: a cancelled timeout leaves nothing
 * behind to skip later, and {@link #size()} is exact.
 */
final class FutureEventQueue {

    private SimEvent[] heap = new SimEvent[64];
    private int size;

    int size() {
        return size;
    }

    SimEvent peek() {
        return size == 0 ? null : heap[0];
    }

    void add(SimEvent event) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, event);
    }

    SimEvent poll() {
        if (size == 0) {
            return null;
        }
        SimEvent first = heap[0];
        removeAt(0);
        return first;
    }

    /** Removes a pending event; returns false when it was not in this queue. */
    boolean remove(SimEvent event) {
        int i = event.heapIndex;
        if (i < 0 || i >= size || heap[i] != event) {
            return false;
        }
        removeAt(i);
        return true;
    }

    private void removeAt(int i) {
        SimEvent removed = heap[i];
        removed.heapIndex = -1;
        SimEvent last = heap[--size];
        heap[size] = null;
        if (i == size) {
            return;
        }
        siftDown(i, last);
        if (heap[i] == last) {
            siftUp(i, last);
        }
    }

    private void siftUp(int i, SimEvent event) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            SimEvent p = heap[parent];
            if (!event.firesBefore(p)) {
                break;
            }
            place(i, p);
            i = parent;
        }
        place(i, event);
    }

    private void siftDown(int i, SimEvent event) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            SimEvent c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].firesBefore(c)) {
                child = right;
                c = heap[right];
            }
            if (!c.firesBefore(event)) {
                break;
            }
            place(i, c);
            i = child;
        }
        place(i, event);
    }

    private void place(int i, SimEvent event) {
        heap[i] = event;
        event.heapIndex = i;
    }
}
