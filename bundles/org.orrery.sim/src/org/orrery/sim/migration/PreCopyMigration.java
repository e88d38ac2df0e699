package org.orrery.sim.migration;

/**
 * Textbook iterative pre-copy: copy all memory while the VM runs, then re-copy what it dirtied
 * meanwhile, round after round, until what remains fits in the downtime target at the link's
 * bandwidth (QEMU's rule: pending bytes &lt;= bandwidth &times; max downtime), or a round cap is
 * hit; then switch over.
 * <p>
 * With dirty rate r and bandwidth B each round sends about r/B times the previous one, so it
 * converges when r &lt; B. When it does not, the round cap ends it with a large downtime and the
 * switchover reason says so. Not modelled yet: QEMU's lifting of the bandwidth limit at
 * switchover, zero pages, working-set profiles, throttling, Xen's data caps.
 */
public final class PreCopyMigration implements MigrationAlgorithm {

    /** QEMU's default maximum downtime, 300 ms. */
    public static final long DEFAULT_MAX_DOWNTIME = 300_000_000L;
    /**
     * Default round cap. An assumption: QEMU has no cap (it never gives up by itself) and Xen
     * stops at about 30 rounds; 30 keeps a non-converging run finite.
     */
    public static final int DEFAULT_MAX_ROUNDS = 30;
    /** Switchover reason: what remains fits in the downtime target. */
    public static final String REASON_DOWNTIME_TARGET = "downtime-target";
    /** Switchover reason: the round cap was reached without converging. */
    public static final String REASON_ROUND_CAP = "round-cap";

    private final long maxDowntime;
    private final int maxRounds;

    /** Pre-copy with QEMU's default downtime target and the default round cap. */
    public PreCopyMigration() {
        this(DEFAULT_MAX_DOWNTIME, DEFAULT_MAX_ROUNDS);
    }

    /**
     * @param maxDowntime target downtime, nanoseconds
     * @param maxRounds   live rounds after which it switches over regardless, at least 1
     */
    public PreCopyMigration(long maxDowntime, int maxRounds) {
        if (maxDowntime < 0) {
            throw new IllegalArgumentException("max downtime must not be negative: " + maxDowntime);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("max rounds must be at least 1: " + maxRounds);
        }
        this.maxDowntime = maxDowntime;
        this.maxRounds = maxRounds;
    }

    @Override
    public String name() {
        return "pre-copy";
    }

    @Override
    public MigrationStep next(MigrationProgress progress) {
        double threshold = progress.request().link().bytesPerSecond() * maxDowntime / 1e9;
        if (progress.bytesRemaining() <= threshold) {
            return new MigrationStep.Switchover(REASON_DOWNTIME_TARGET);
        }
        if (progress.rounds() >= maxRounds) {
            return new MigrationStep.Switchover(REASON_ROUND_CAP);
        }
        return new MigrationStep.LiveRound(progress.bytesRemaining());
    }
}
