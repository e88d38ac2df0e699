package org.orrery.sim.migration;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * Parameters of a whole-cluster move. violin.md names network re-establishment and TCP back-off
 * as the main costs of moving a whole environment besides the migrations, without numbers: they
 * are parameters here, with assumed defaults.
 *
 * @param maxConcurrent          migrations in flight at once (0: all at once, as VIOLIN moves a whole
 *                               environment live)
 * @param networkReestablishment time after a VM resumes before its network path works again
 *                               (e.g. the virtual switch relearning its location), nanoseconds
 * @param initialRetransmission  first TCP retransmission timeout of a connection that lost packets
 *                               during the downtime; later ones double, nanoseconds
 */
@Describes
public record ClusterParameters(
        @Parameter(value = "migrations in flight at once; 0 for all", unit = "migrations",
                source = "violin.md: the whole environment migrates live at once") int maxConcurrent,
        @Parameter(value = "time after a VM resumes before its network path works again", unit = "ns",
                source = "violin.md names it, without a value", assumption = true) long networkReestablishment,
        @Parameter(value = "first TCP retransmission timeout; later ones double", unit = "ns",
                source = "violin.md names TCP back-off; 200 ms is Linux's minimum RTO", assumption = true)
        long initialRetransmission) {

    public ClusterParameters {
        if (maxConcurrent < 0 || networkReestablishment < 0 || initialRetransmission <= 0) {
            throw new IllegalArgumentException("cluster parameters out of range");
        }
    }

    /** All at once, no re-establishment delay, 200 ms first retransmission timeout. */
    public static ClusterParameters defaults() {
        return new ClusterParameters(0, 0, 200_000_000L);
    }

    /**
     * How long a connection of a VM paused for {@code downtime} stays silent: until its first
     * retransmission after the VM (and its network path) is back. Retransmissions go at
     * r, 3r, 7r, ... after the loss (the timeout doubling each time).
     */
    public long applicationOutage(long downtime) {
        long back = downtime + networkReestablishment;
        long retransmission = initialRetransmission;
        long at = initialRetransmission;
        while (at < back) {
            retransmission *= 2;
            at += retransmission;
        }
        return at;
    }
}
