package org.orrery.sim.migration;

import java.util.Optional;

/**
 * How the pages of a pre-copy round travel: as one flow ({@link FlowTransport}) or through
 * Shrinker's deduplication pipeline. The pre-copy engine decides what each round carries and
 * when to switch over; a transport moves the bytes and says how far it got. Rates and sizes are
 * wire bytes.
 */
interface PageTransport {

    /**
     * Starts a round: all of memory ({@code wholeMemory}), or {@code dirtyPages} pages the guest
     * dirtied during the previous round.
     *
     * @param cap      rate limit, bytes per second ({@code +Infinity} for none)
     * @param whenSent called when the round's last byte has left the source
     */
    void sendRound(boolean wholeMemory, long dirtyPages, double cap, Runnable whenSent);

    /** Wire bytes of the current round not yet sent (0 between rounds). */
    double unsent();

    /** Wire bytes of the current round sent so far. */
    double roundSent();

    /** The current (or last measured) sending rate, bytes per second, positive. */
    double rate();

    /** The current round's pages by kind so far, where the transport counts them. */
    Optional<PageCounts> roundPages();

    /** Wire bytes {@code pages} dirty pages would cost, as the engine estimates what is pending. */
    double dirtyBytes(long pages);

    /**
     * With the VM paused: sends what is left of the current round and {@code dirtyPages} dirty
     * pages at {@code cap}, and calls {@code delivered} once all of it is in place at the
     * destination.
     */
    void finish(long dirtyPages, double cap, Runnable delivered);

    /** Wire bytes sent so far over all rounds and the final copy. */
    double totalSent();

    /** Stops every transfer and pending delivery. */
    void cancel();
}
