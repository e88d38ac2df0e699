package org.orrery.sim.sched.guest;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * The timer tick of a guest kernel that is not tickless: every {@code period} an idle vCPU is
 * woken, runs the tick handler for {@code cost}, and halts again. The test bed's CentOS 5 guests
 * (2.6.18) tick while idle. This churn of short wake-ups is what keeps the host balancer moving
 * threads around, and so what lets stock CFS stack siblings.
 *
 * @param period nanoseconds between ticks; 0 for a tickless guest
 * @param cost   guest work per tick, nanoseconds
 */
@Describes
public record IdleTick(
        @Parameter(value = "guest timer tick period on an idle vCPU (0: tickless)", unit = "ns", assumption = true) long period,
        @Parameter(value = "guest work per tick", unit = "ns", assumption = true) long cost) {

    /**
     * Assumption: 250 Hz (RHEL 5's advice for guests, the divider=4 boot option of its 1000 Hz
     * kernel) and 10 us per tick.
     */
    public static final IdleTick CENTOS5 = new IdleTick(4_000_000L, 10_000L);

    /** A tickless guest. */
    public static final IdleTick NONE = new IdleTick(0, 0);

    public IdleTick {
        if (period < 0 || cost < 0 || (period > 0 && cost <= 0) || (period > 0 && cost >= period)) {
            throw new IllegalArgumentException("an idle tick needs 0 < cost < period, or period 0: " + period + ", " + cost);
        }
    }
}
