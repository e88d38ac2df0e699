package org.orrery.sim.migration;

/**
 * A migration strategy: given the progress so far, the next step. The {@link Migration} entity
 * does the timing, dirtying and reporting; an algorithm only decides, and must decide the same
 * way for the same progress so runs stay deterministic.
 */
public interface MigrationAlgorithm {

    /** Short name reported in telemetry, e.g. {@code pre-copy}. */
    String name();

    /** The next step; called first with no rounds done and all memory remaining. */
    MigrationStep next(MigrationProgress progress);
}
