package org.orrery.sim.sched;

/**
 * Attribute names the scheduler model adds to telemetry's vocabulary (which names the kinds and
 * the common attributes: {@code state}, {@code pcpu}, {@code vcpu}, {@code decision}, {@code queue},
 * {@code host}, {@code reason}). Lists are space-separated and, on a RUN_QUEUE event, in the order
 * of {@code queue}: waiting tasks by vruntime, first first. Times in nanoseconds.
 */
public final class SchedAttribute {

    /** RUN_QUEUE: the running task's subject, empty when the pCPU is idle. */
    public static final String CURRENT = "current";
    /** RUN_QUEUE: each waiting task's vruntime minus the queue's min_vruntime, ns. */
    public static final String VRUNTIMES = "vruntimes";
    /** RUN_QUEUE: each waiting task's ordinate (tasks ahead of it, the running one counted). */
    public static final String ORDINATES = "ordinates";
    /**
     * RUN_QUEUE: the red-black tree, one entry per waiting task: its rb_index, its parent's
     * position in {@code queue} (-1 for the root) and its colour, as {@code rbIndex:parent:r|b}.
     */
    public static final String TREE = "tree";
    /** RUN_QUEUE: subjects of waiting or running tasks whose SBCO loan is not settled. */
    public static final String DIRTY = "dirty";
    /** RUN_QUEUE: pending debts as {@code subject:vruntimeChange} (ns), oldest first. */
    public static final String DEBTS = "debts";
    /** RUN_QUEUE: runnable tasks, the running one included, a whole number. */
    public static final String NR_RUNNING = "nrRunning";
    /** RUN_QUEUE: SBCO's threshold alpha x Q_size for this queue (Double); on METRIC of a VM, the host's. */
    public static final String THRESHOLD = "threshold";
    /** SCHEDULER skip: the task run instead of the skipped leftmost. */
    public static final String PICKED = "picked";
    /** SCHEDULER skip or lend: the sibling that was too far, or the borrower. */
    public static final String SIBLING = "sibling";
    /** SCHEDULER skip: ordinate distance to the sibling; METRIC of a VM: its siblings' distance. */
    public static final String DISTANCE = "distance";
    /** SCHEDULER lend or debt: vruntime moved, ns. */
    public static final String AMOUNT = "amount";
    /** SCHEDULER migrate or ipi: the other pCPU's index. */
    public static final String TARGET = "target";
    /** SCHEDULER lhp and VCPU_STATE spinning: the lock's kind, e.g. {@code spin_lock}. */
    public static final String LOCK = "lock";
    /** VCPU_STATE spinning and SCHEDULER lhp: the preempted lock holder's subject. */
    public static final String HOLDER = "holder";
    /** METRIC of a VM: 1 when two of its runnable vCPUs share a run queue, else 0. */
    public static final String STACKED = "stacked";
    /** METRIC of a VM: its T_vm, the sum of its vCPUs' run times, ns. */
    public static final String T_VM = "tvm";
    /** METRIC of a VM or host: time its vCPUs spent spinning on a preempted holder's lock, ns. */
    public static final String SPIN = "spin";
    /** METRIC of the host: context switches so far. */
    public static final String CONTEXT_SWITCHES = "contextSwitches";
    /** METRIC of the host: max T_vm minus min T_vm so far, ns. */
    public static final String LAG = "lag";
    /** METRIC of the host: SBCO skips, IPIs and lock-holder preemptions so far. */
    public static final String SKIPS = "skips";
    /** See {@link #SKIPS}. */
    public static final String IPIS = "ipis";
    /** See {@link #SKIPS}. */
    public static final String LHP = "lhp";

    /** SCHEDULER decisions beyond telemetry's pick, skip, lend and migrate. */
    public static final String DECISION_IPI = "ipi";
    /** SCHEDULER: a vCPU was preempted holding a guest spin lock. */
    public static final String DECISION_LHP = "lhp";
    /** SCHEDULER: a debt was applied at this queue's pick. */
    public static final String DECISION_DEBT = "debt";
    /** VCPU_STATE state of a vCPU spinning on a lock held by a preempted sibling. */
    public static final String SPINNING = "spinning";

    private SchedAttribute() {
    }

    /** The telemetry subject of pCPU {@code cpu} of {@code host}: {@code <host>/pcpu<cpu>}. */
    public static String pcpu(String host, int cpu) {
        return host + "/pcpu" + cpu;
    }
}
