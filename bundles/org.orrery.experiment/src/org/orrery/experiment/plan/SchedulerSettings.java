package org.orrery.experiment.plan;

import java.util.Objects;

import org.orrery.sim.param.Describes;
import org.orrery.sim.sched.CfsParameters;
import org.orrery.sim.sched.SbcoParameters;

/**
 * The tunables a model's scheduler policy sets, as one parameters record so that a policy's
 * parameters resolve by name as a migration policy's do: {@code schedLatency} is
 * {@code cfs.schedLatency}, {@code alpha} is {@code sbco.alpha}.
 *
 * @param cfs  the host's CFS tunables (defaults: Linux 2.6.34's for the host's pCPU count)
 * @param sbco SBCO's threshold factor and loan (used by SBCO only)
 */
@Describes
public record SchedulerSettings(CfsParameters cfs, SbcoParameters sbco) {

    public SchedulerSettings {
        Objects.requireNonNull(cfs, "cfs");
        Objects.requireNonNull(sbco, "sbco");
    }
}
