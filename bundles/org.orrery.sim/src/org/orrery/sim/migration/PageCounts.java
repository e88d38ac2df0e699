package org.orrery.sim.migration;

/**
 * Pages of one round by how they travelled.
 *
 * @param full         sent whole
 * @param deduplicated sent as a reference to content the destination side already has
 * @param pulled       fetched by the destination: from a LAN peer or its own source (Shrinker),
 *                     or on a fault (post-copy)
 * @param zero         sent as zero-page markers
 */
public record PageCounts(long full, long deduplicated, long pulled, long zero) {

    /** No pages. */
    public static final PageCounts NONE = new PageCounts(0, 0, 0, 0);

    /** The sum of two counts. */
    public PageCounts plus(PageCounts other) {
        return new PageCounts(full + other.full, deduplicated + other.deduplicated, pulled + other.pulled,
                zero + other.zero);
    }
}
