package org.orrery.sim.sched;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * SBCO's two knobs.
 *
 * @param alpha        threshold factor: siblings {@code alpha * Q_size} or more places apart trigger
 *                     a skip and a loan, in (0, 1]; the source chose 2/3. Q_size is the number of
 *                     runnable threads in the picking queue.
 * @param lendFraction the loan (not given by the source; assumption, default 0.5): where the two
 *                     meet, as a fraction of the way from the lender's position to the borrower's
 *                     (0.5: the middle); the amount is the vruntime that takes them there, the
 *                     smaller of the two needs, lent by one and borrowed by the other so the sum of
 *                     vruntimes is unchanged and both move toward the middle of their queues
 */
@Describes
public record SbcoParameters(
        @Parameter(value = "threshold factor: a skip when siblings are alpha x Q_size apart", unit = "fraction", source = "sbco.md: 2/3") double alpha,
        @Parameter(value = "where lender and borrower meet, as a share of the way between their positions", unit = "fraction", assumption = true) double lendFraction) {

    /** alpha = 2/3 (the source's), lendFraction = 0.5 (assumption). */
    public static final SbcoParameters DEFAULTS = new SbcoParameters(2.0 / 3.0, 0.5);

    public SbcoParameters {
        if (!(alpha >= 0 && alpha <= 1) || !(lendFraction >= 0 && lendFraction <= 1)) {
            throw new IllegalArgumentException("alpha and lendFraction must be in [0, 1]: " + alpha + ", " + lendFraction);
        }
    }
}
