package org.orrery.telemetry;

/**
 * Names of the attributes engines put on {@link TelemetryEvent}s, so that a simulated and a real
 * run of the same thing use the same keys and one view reads both; {@link EventKind} says which
 * kind carries which. Units are fixed here, not per engine: times and durations in nanoseconds
 * ({@link Long}), sizes in bytes ({@link Long}), page counts as {@link Long}, rates in bytes per
 * second ({@link Double}), fractions in [0, 1] ({@link Double}). Lists are strings of ids
 * separated by single spaces.
 */
public final class Attribute {

    /** Life-cycle state after the event ({@link LifecycleState}), or a vCPU's or phase's state, a string. */
    public static final String STATE = "state";
    /** What happened, as the engine names it (e.g. libvirt's {@code STARTED}), a string. */
    public static final String EVENT = "event";
    /** Engine-specific refinement of {@link #EVENT} (e.g. {@code BOOTED}, {@code MIGRATED}), a string. */
    public static final String DETAIL = "detail";
    /** The host an object is on or is reported by, a string id (or a libvirt URI for real hosts). */
    public static final String HOST = "host";
    /** A physical CPU index. */
    public static final String PCPU = "pcpu";
    /** A virtual CPU, its subject id (e.g. {@code vm/web-1/vcpu0}). */
    public static final String VCPU = "vcpu";
    /** The value of a {@link EventKind#METRIC} sample when the subject has one obvious measure. */
    public static final String VALUE = "value";
    /** METRIC: VMs placed on a host, a whole number. */
    public static final String VM_COUNT = "vms";
    /** METRIC: CPU load of a host or VM, a fraction of its capacity. */
    public static final String CPU_LOAD = "cpuLoad";
    /** METRIC: share of a link's bandwidth in use, a fraction. */
    public static final String UTILIZATION = "utilization";
    /** Why something happened or failed, a short string. */
    public static final String REASON = "reason";
    /** A message's text. */
    public static final String TEXT = "text";

    /** Migration: the host the VM leaves. */
    public static final String SOURCE = "source";
    /** Migration: the host the VM goes to; overlay: where a route or frame leads. */
    public static final String DESTINATION = "destination";
    /** Migration: the algorithm's name (e.g. {@code pre-copy}). */
    public static final String ALGORITHM = "algorithm";
    /** Migration: an id telling apart concurrent migrations of one subject, a string. */
    public static final String MIGRATION = "migration";
    /** Migration: the VM's memory to move, bytes. */
    public static final String MEMORY = "memory";
    /** Migration start: the downtime the algorithm aims at, nanoseconds. */
    public static final String MAX_DOWNTIME = "maxDowntime";
    /** Migration start: a bandwidth cap set for the migration, bytes per second. */
    public static final String BANDWIDTH_LIMIT = "bandwidthLimit";
    /** Migration round: its number, counting from 1. */
    public static final String ITERATION = "iteration";
    /** Migration round or switchover: bytes sent in it. */
    public static final String BYTES_SENT = "bytesSent";
    /** Migration: bytes still to send (dirty memory) after the round. */
    public static final String BYTES_REMAINING = "bytesRemaining";
    /** Migration: rate at which the guest dirties memory, bytes per second. */
    public static final String DIRTY_RATE = "dirtyRate";
    /** Migration: bandwidth available to the transfer; METRIC of a link: its bandwidth. Bytes per second. */
    public static final String BANDWIDTH = "bandwidth";
    /** METRIC of a link: its one-way latency, nanoseconds. */
    public static final String LATENCY = "latency";
    /** Migration round or switchover: downtime a switchover now would cause, nanoseconds. */
    public static final String EXPECTED_DOWNTIME = "expectedDowntime";
    /** Migration round: pages sent whole. */
    public static final String PAGES_FULL = "pagesFull";
    /** Migration round: pages the destination already had, sent as a reference (Shrinker). */
    public static final String PAGES_DEDUPLICATED = "pagesDeduplicated";
    /** Migration round: pages the destination fetched from a peer instead (Shrinker's LAN fetches, post-copy faults). */
    public static final String PAGES_PULLED = "pagesPulled";
    /** Migration round: zero pages, sent as a marker. */
    public static final String PAGES_ZERO = "pagesZero";
    /** Migration round: how much the guest's CPU is throttled to let it converge (auto-converge), a fraction. */
    public static final String THROTTLE = "throttle";
    /** Migration end: all bytes sent over all rounds and the switchover. */
    public static final String TOTAL_BYTES = "totalBytes";
    /** Migration end: time from start to the VM running at the destination, nanoseconds. */
    public static final String TOTAL_TIME = "totalTime";
    /** Migration end: time the VM was paused, nanoseconds. */
    public static final String DOWNTIME = "downtime";
    /** Migration end or failure: number of live (pre-copy) rounds before the switchover. */
    public static final String ROUNDS = "rounds";

    /** Migration metric (real hypervisors): bytes sent since the migration started. */
    public static final String BYTES_PROCESSED = "bytesProcessed";

    /** VM metric: memory the guest has (its balloon's size), bytes. */
    public static final String MEMORY_ASSIGNED = "memoryAssigned";
    /** VM metric: host memory the guest occupies (its process's resident size, else its balloon), bytes. */
    public static final String MEMORY_USED = "memoryUsed";
    /** vCPU state: share of the interval the vCPU was runnable but waited for a host CPU, a fraction. */
    public static final String RUN_QUEUE_WAIT = "runQueueWait";
    /**
     * vCPU state: time the vCPU was runnable but waited for a host CPU since it started (a real
     * host's counter, e.g. libvirt's {@code vcpu.N.delay}), nanoseconds.
     */
    public static final String RUN_QUEUE_DELAY = "runQueueDelay";
    /** METRIC of a host: its physical CPUs, a whole number. */
    public static final String PCPUS = "pcpus";

    /** Scheduler: what it decided ({@code pick}, {@code skip}, {@code lend}, {@code migrate}). */
    public static final String DECISION = "decision";
    /** Run queue: the waiting subjects in order, space-separated. */
    public static final String QUEUE = "queue";
    /** Provisioning or synchronisation: the phase's name (e.g. {@code copy-image}, {@code boot}). */
    public static final String PHASE = "phase";
    /** A transfer's size, bytes. */
    public static final String BYTES = "bytes";
    /** A transfer's or phase's length, nanoseconds. */
    public static final String DURATION = "duration";
    /** A transfer's direction: {@code up} (to the cloud) or {@code down}. */
    public static final String DIRECTION = "direction";
    /** Overlay table: the entry (a MAC, a subnet). */
    public static final String ENTRY = "entry";
    /** Overlay table: what happened to the entry ({@code learned}, {@code expired}, {@code set}). */
    public static final String ACTION = "action";
    /** Frame path: the node ids crossed, space-separated. */
    public static final String PATH = "path";
    /** Synchronisation: chunks a phase or transfer handled (e.g. chunks sent), a whole number. */
    public static final String CHUNKS = "chunks";
    /** Synchronisation: chunks there were in all (e.g. in the scanned trees, in the files to write), a whole number. */
    public static final String CHUNKS_TOTAL = "chunksTotal";

    /** Synchronisation: what started a sync ({@code suspend}, {@code threshold}, {@code completion}, {@code reconnect}). */
    public static final String TRIGGER = "trigger";
    /** Synchronisation: paths changed on both sides in one sync, resolved by the conflict rule, a whole number. */
    public static final String CONFLICTS = "conflicts";
    /** Phone instance: input events captured and not yet applied (by the clone, or the phone on resume), a whole number. */
    public static final String INPUT_EVENTS = "inputEvents";
    /** Phone instance: bytes of those input events. */
    public static final String INPUT_BYTES = "inputBytes";
    /** Phone instance: storage bytes changed on the phone and not yet synchronised to the clone. */
    public static final String PENDING_UP = "pendingUp";
    /** Phone instance: storage bytes changed on the clone and not yet synchronised to the phone. */
    public static final String PENDING_DOWN = "pendingDown";
    /** Phone instance: the sync daemon's threshold, bytes of pending changes. */
    public static final String THRESHOLD = "threshold";
    /** Phone: energy used since the start of the run, joules (an estimate from an assumed model). */
    public static final String ENERGY = "energy";
    /** A clone: the subject of the phone instance it is the clone of (so a view can pair them). */
    public static final String CLONE_OF = "cloneOf";
    /** A clone: its speed-up over the phone (work per second relative to the phone instance). */
    public static final String SPEED_UP = "speedUp";
    /**
     * A phone instance or its clone: the subject of the phone whose hypervisor runs the instance
     * (e.g. {@code phone/cubie}), so a view groups instances under their phone from telemetry alone.
     * Recordings made before it was reported lack it.
     */
    public static final String PHONE = "phone";
    /**
     * A phone: prefix of the parameters a run may change ({@code parameter.wifiMbps},
     * {@code parameter.wifiLatencyMs}, {@code parameter.thresholdKiB}, {@code parameter.inputEventRate}),
     * in a MESSAGE at the start of a run and whenever the scenario changes one: the values the run used.
     */
    public static final String PHONE_PARAMETER = "parameter";
    /**
     * A phone: prefix of the energy model's parameters (an assumption), {@code energyModel.NAME} in a
     * MESSAGE at the start of a run.
     */
    public static final String ENERGY_MODEL = "energyModel";

    private Attribute() {
    }
}
