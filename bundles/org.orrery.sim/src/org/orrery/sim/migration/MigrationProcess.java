package org.orrery.sim.migration;

/** One running migration as its algorithm drives it. */
public interface MigrationProcess {

    /** Wire bytes the source has sent so far (rounds, switchover, pulled pages). */
    double bytesSent();

    /** Stops every transfer and timer of the migration; called when it is aborted. */
    void cancel();
}
