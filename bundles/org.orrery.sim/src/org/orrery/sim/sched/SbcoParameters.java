package org.orrery.sim.sched;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * SBCO's two knobs.
 *
 * @param alpha        threshold factor: siblings {@code alpha * Q_size} or more places apart trigger
 *                     a skip and a loan, in (0, 1]; the source chose 2/3. Q_size is the number of
 *                     runnable threads in the picking queue.
 * @param lendFraction the loan (not given by the source; assumption, default 0.5): the borrower
 *                     gains this fraction of its vruntime lead over its queue's min_vruntime (how
 *                     far it is from the head), and the lender gives up the same amount, so the
 *                     sum of vruntimes is unchanged and both move toward the middle of their queues
 */
@Describes
public record SbcoParameters(
        @Parameter(value = "threshold factor: a skip when siblings are alpha x Q_size apart", unit = "fraction", source = "sbco.md: 2/3") double alpha,
        @Parameter(value = "share of the borrower's lead over min_vruntime lent to it", unit = "fraction", assumption = true) double lendFraction) {

    /** alpha = 2/3 (the source's), lendFraction = 0.5 (assumption). */
    public static final SbcoParameters DEFAULTS = new SbcoParameters(2.0 / 3.0, 0.5);

    public SbcoParameters {
        if (!(alpha >= 0 && alpha <= 1) || !(lendFraction >= 0 && lendFraction <= 1)) {
            throw new IllegalArgumentException("alpha and lendFraction must be in [0, 1]: " + alpha + ", " + lendFraction);
        }
    }
}
