package org.orrery.sim.sched.experiment;

import java.util.List;

import org.orrery.sim.param.Parameter;
import org.orrery.sim.sched.CfsParameters;
import org.orrery.sim.sched.HostThreads;
import org.orrery.sim.sched.SbcoParameters;
import org.orrery.sim.sched.guest.IdleTick;

/**
 * One host set-up: pCPUs, scheduler tunables, guest-wide assumptions, and its VMs.
 *
 * @param pcpus          number of pCPUs
 * @param cfs            CFS tunables
 * @param sbco           SBCO's alpha and loan
 * @param hotLocks       distinct hot locks per lock kind in every guest (see guest.Guest)
 * @param idleTick       the guests' idle timer tick
 * @param hostThreads    the host's own threads, which keep its queues from turning in lockstep
 * @param sampleInterval how often stacking and distance are sampled (sbco.md: every 1 s)
 * @param vms            the VMs
 */
public record HostSpec(
        @Parameter(value = "physical CPUs", unit = "pCPUs", source = "sbco.md: PowerEdge 1950, 2x quad-core") int pcpus,
        CfsParameters cfs, SbcoParameters sbco,
        @Parameter(value = "distinct hot locks per lock kind that siblings contend on", unit = "locks", assumption = true) int hotLocks,
        IdleTick idleTick, HostThreads hostThreads,
        @Parameter(value = "interval of the stacking and distance samples", unit = "ns", source = "sbco.md: every 1 s") long sampleInterval,
        List<VmSpec> vms) {

    public HostSpec {
        vms = List.copyOf(vms);
        if (pcpus < 1) {
            throw new IllegalArgumentException("pcpus must be at least 1: " + pcpus);
        }
    }

    /** A host of {@code pcpus} with every setting at its documented default (see {@link #from}). */
    public static HostSpec defaults(int pcpus, List<VmSpec> vms) {
        return from(pcpus, Options.of(java.util.Map.of()), vms);
    }

    /** The same host with other scheduler tunables. */
    public HostSpec withScheduler(CfsParameters newCfs, SbcoParameters newSbco) {
        return new HostSpec(pcpus, newCfs, newSbco, hotLocks, idleTick, hostThreads, sampleInterval, vms);
    }

    /** Reads a {@code host} line's settings; everything not given keeps its documented default. */
    static HostSpec from(int pcpus, Options o, List<VmSpec> vms) {
        CfsParameters d = CfsParameters.forCpus(pcpus);
        CfsParameters cfs = new CfsParameters(o.nanos("schedLatency", d.schedLatency()),
                o.nanos("minGranularity", d.minGranularity()), o.nanos("wakeupGranularity", d.wakeupGranularity()),
                o.nanos("switchCost", d.nativeSwitchCost()), o.number("vmSwitchFactor", d.vmSwitchFactor()),
                o.nanos("migrationCost", d.migrationCost()), o.nanos("busyBalance", d.busyBalanceInterval()),
                o.nanos("idleBalance", d.idleBalanceInterval()), o.integer("imbalancePct", d.imbalancePct()),
                o.integer("cacheDomain", d.cacheDomainSize()), o.flag("wakeAffine", d.wakeAffine()),
                o.nanos("ipiLatency", d.ipiLatency()));
        SbcoParameters sbco = new SbcoParameters(o.number("alpha", SbcoParameters.DEFAULTS.alpha()),
                o.number("lendFraction", SbcoParameters.DEFAULTS.lendFraction()));
        double tickHz = o.number("tickHz", 1e9 / IdleTick.CENTOS5.period());
        IdleTick tick = tickHz <= 0 ? IdleTick.NONE
                : new IdleTick(Math.round(1e9 / tickHz), o.nanos("tickCost", IdleTick.CENTOS5.cost()));
        HostThreads threads = new HostThreads(o.number("hostThreadRate", HostThreads.DEFAULTS.rate()),
                o.nanos("hostThreadBurst", HostThreads.DEFAULTS.meanBurst()));
        return new HostSpec(pcpus, cfs, sbco, o.integer("hotLocks", 1), tick, threads, o.nanos("sample", 1_000_000_000L),
                vms);
    }
}
