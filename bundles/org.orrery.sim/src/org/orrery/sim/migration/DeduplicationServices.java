package org.orrery.sim.migration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The two services a Shrinker cluster migration shares (riteau.md): the source side's
 * coordination service, which records each chunk hash the first time a source host asks about it
 * (Redis SETNX), and the destination side's indexing service, which knows which destination
 * host already holds a content (Redis SADD / SRANDMEMBER). One instance serves every VM migrated
 * together; both are {@link RequestService}s with the same round trip and service time.
 * <p>
 * Contents are identified by {@link org.orrery.sim.memory.PageContents} ids; a chunk is its page's
 * content id and its position, so the pages of one content are deduplicated together.
 */
public final class DeduplicationServices {

    private static final long FRESH_NAMESPACE = (long) Integer.MAX_VALUE << 32;

    private final RequestService coordination;
    private final RequestService index;
    private final Set<Long> claimed = new HashSet<>();
    private final Map<Long, Long> registeredAt = new HashMap<>();
    private long freshContents;
    private int namespaces = 1 << 20;

    /** Services as {@link ShrinkerParameters} describe them. */
    public DeduplicationServices(ShrinkerParameters parameters) {
        this.coordination = new RequestService(parameters.serviceRoundTrip(), parameters.serviceTime());
        this.index = new RequestService(parameters.serviceRoundTrip(), parameters.serviceTime());
    }

    /** Requests the coordination service has served. */
    public long coordinationRequests() {
        return coordination.served();
    }

    /** Requests the indexing service has served. */
    public long indexRequests() {
        return index.served();
    }

    RequestService coordination() {
        return coordination;
    }

    RequestService index() {
        return index;
    }

    /** SETNX: true the first time anyone asks about {@code content}. */
    boolean claim(long content) {
        return claimed.add(content);
    }

    /** The destination holds {@code content} from {@code time} on (the earliest registration counts). */
    void register(long content, long time) {
        registeredAt.merge(content, time, Math::min);
    }

    /** Whether some destination host has registered {@code content} by {@code time}. */
    boolean isRegistered(long content, long time) {
        Long at = registeredAt.get(content);
        return at != null && at <= time;
    }

    /** A content id nobody has: what a guest writes into a page it dirties. */
    long freshContent() {
        return FRESH_NAMESPACE | ++freshContents;
    }

    /** A namespace for the unique content of a VM whose page contents are not given. */
    int nextNamespace() {
        return namespaces++;
    }
}
