package org.orrery.telemetry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The few spilled chunks decoded last, so that a view asking for the same range on every timer
 * tick, or a query walking a chunk event by event, reads the disk once. Keyed by chunk identity;
 * the values are never changed once decoded, so readers may share them.
 */
final class ChunkCache {

    private final Map<Object, Object> decoded;

    ChunkCache(int capacity) {
        decoded = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The decoded form of {@code chunk} if it is cached, else null; decodes nothing. */
    @SuppressWarnings("unchecked")
    <T> T peek(Object chunk) {
        synchronized (decoded) {
            return (T) decoded.get(chunk);
        }
    }

    /** The decoded form of {@code chunk}, decoding it with {@code decoder} if it is not cached. */
    @SuppressWarnings("unchecked")
    <T> T get(Object chunk, Supplier<T> decoder) {
        synchronized (decoded) {
            Object hit = decoded.get(chunk);
            if (hit != null) {
                return (T) hit;
            }
        }
        // decode outside the lock: two readers may decode the same chunk at once, which is harmless
        T value = decoder.get();
        synchronized (decoded) {
            decoded.put(chunk, value);
        }
        return value;
    }
}
