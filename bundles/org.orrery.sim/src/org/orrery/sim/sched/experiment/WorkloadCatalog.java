package org.orrery.sim.sched.experiment;

import java.util.List;
import java.util.Locale;

import org.orrery.sim.sched.guest.LockProfile;
import org.orrery.sim.sched.guest.Workload;
import org.orrery.sim.sched.workload.BarrierPhases;
import org.orrery.sim.sched.workload.CpuHog;
import org.orrery.sim.sched.workload.Kernbench;
import org.orrery.sim.sched.workload.Pipeline;
import org.orrery.sim.sched.workload.SpecJbb;

/**
 * The workload kinds an experiment file may name, with their settings and defaults. Only the lock
 * rates and holds come from the source (sbco.md's table); every size below is an assumption,
 * chosen so that a benchmark alone on four dedicated pCPUs takes about 40 s. PARSEC's lock
 * behaviour is not in the table: its compute kinds take SPECjbb's (a user-level multithreaded
 * program), dedup, which compresses and writes files, Kernbench's. {@code locks=} overrides with
 * another kind's; {@code spinCalls= spinHoldUs= irqCalls= irqHoldUs=} give a row-pair of the table
 * itself (calls as the table counts them, holds in microseconds, see {@link LockProfile#fromTable}),
 * e.g. from a model job's spinlock profile.
 * <pre>
 * kind          model          settings (defaults)
 * kernbench     Kernbench      jobs=1600 job=100ms halt=0.1 idle=2ms siblingWake=0.5   locks kernbench
 * superpi, cpu  CpuHog         threads=1 (per VM; the model sample's)                   locks superpi
 * hog           CpuHog         threads=vcpus (named like vCPU threads)                  no locks
 * specjbb       SpecJbb        warehouses=4 transaction=200us                           locks specjbb
 * streamcluster BarrierPhases  phases=20000 chunk=2ms jitter=0.3                        locks specjbb
 * facesim       BarrierPhases  phases=4000 chunk=10ms jitter=0.3                        locks specjbb
 * blackscholes  BarrierPhases  phases=400 chunk=100ms jitter=0.1                        locks specjbb
 * npb           BarrierPhases  phases=0 (endless) chunk=20ms jitter=0.2                 locks specjbb
 * dedup         Pipeline       items=20000 service=2ms capacity=4                       locks kernbench
 * ferret        Pipeline       items=13000 service=3ms capacity=4                       locks specjbb
 * x264          Pipeline       items=10000 service=4ms capacity=2                       locks specjbb
 * </pre>
 */
final class WorkloadCatalog {

    /** A workload and the lock kinds its guest kernel takes. */
    record Made(Workload workload, List<LockProfile> locks) {
    }

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;

    private WorkloadCatalog() {
    }

    static Made make(String kind, int vcpus, Options o) {
        String k = kind.toLowerCase(Locale.ROOT);
        Made made = switch (k) {
            case "kernbench" -> new Made(new Kernbench(new Kernbench.Parameters(o.integer("jobs", 1600),
                    o.nanos("job", 100 * MS), o.number("halt", 0.1), o.nanos("idle", 2 * MS),
                    o.number("siblingWake", 0.5))), LockProfile.KERNBENCH);
            case "superpi", "cpu" -> new Made(new CpuHog(k, o.integer("threads", 1), 100 * MS), LockProfile.SUPERPI);
            case "hog" -> new Made(new CpuHog(k, o.integer("threads", vcpus), 100 * MS), LockProfile.NONE);
            case "specjbb" -> new Made(new SpecJbb(o.integer("warehouses", 4), o.nanos("transaction", 200 * US)),
                    LockProfile.SPECJBB);
            case "streamcluster" -> barrier(k, o, 20_000, 2 * MS, 0.3);
            case "facesim" -> barrier(k, o, 4_000, 10 * MS, 0.3);
            case "blackscholes" -> barrier(k, o, 400, 100 * MS, 0.1);
            case "npb" -> barrier(k, o, 0, 20 * MS, 0.2);
            case "dedup" -> new Made(pipeline(k, o, 20_000, 2 * MS, 4), LockProfile.KERNBENCH);
            case "ferret" -> new Made(pipeline(k, o, 13_000, 3 * MS, 4), LockProfile.SPECJBB);
            case "x264" -> new Made(pipeline(k, o, 10_000, 4 * MS, 2), LockProfile.SPECJBB);
            default -> throw new IllegalArgumentException("unknown workload kind '" + kind
                    + "': use kernbench, superpi, cpu, hog, specjbb, streamcluster, facesim, blackscholes, npb, dedup, ferret or x264");
        };
        String locks = o.text("locks", null);
        if (locks != null) {
            made = new Made(made.workload(), locks(locks));
        }
        if (o.has("spinCalls") || o.has("spinHoldUs") || o.has("irqCalls") || o.has("irqHoldUs")) {
            made = new Made(made.workload(), List.of(
                    LockProfile.fromTable("spin_lock", o.number("spinCalls", 0), o.number("spinHoldUs", 0)),
                    LockProfile.fromTable("spin_lock_irq", o.number("irqCalls", 0), o.number("irqHoldUs", 0))));
        }
        return made;
    }

    private static Made barrier(String kind, Options o, int phases, long chunk, double jitter) {
        return new Made(new BarrierPhases(kind, o.integer("phases", phases), o.nanos("chunk", chunk),
                o.number("jitter", jitter)), LockProfile.SPECJBB);
    }

    private static Pipeline pipeline(String kind, Options o, int items, long service, int capacity) {
        return new Pipeline(kind, o.integer("items", items), o.nanos("service", service), o.integer("capacity", capacity));
    }

    private static List<LockProfile> locks(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "kernbench" -> LockProfile.KERNBENCH;
            case "specjbb" -> LockProfile.SPECJBB;
            case "superpi" -> LockProfile.SUPERPI;
            case "none" -> LockProfile.NONE;
            default -> throw new IllegalArgumentException("locks must be kernbench, specjbb, superpi or none, not '" + name + "'");
        };
    }
}
