package org.orrery.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.orrery.experiment.plan.Network;
import org.orrery.experiment.plan.PlanHost;
import org.orrery.experiment.plan.PlanLink;
import org.orrery.experiment.plan.PlanStep;
import org.orrery.experiment.plan.PlanVm;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.sim.Simulation;
import org.orrery.sim.SimulationDriver;
import org.orrery.sim.memory.ContentMix;
import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.memory.HotColdDirtying;
import org.orrery.sim.memory.PageContents;
import org.orrery.sim.memory.PagedMemory;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.migration.ClusterMigration;
import org.orrery.sim.migration.Migration;
import org.orrery.sim.migration.MigrationAlgorithm;
import org.orrery.sim.migration.MigrationRequest;
import org.orrery.sim.migration.MigrationResult;
import org.orrery.sim.migration.ShrinkerMigration;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Route;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.LifecycleState;
import org.orrery.telemetry.TelemetryStore;

/**
 * Plays a {@link RunPlan} on the simulator into a telemetry store. {@link #prepare} builds the
 * simulation (initial states, scripted steps, the per-host census); {@link #driver()} lets a
 * caller pace, pause or step it from another thread before or while {@link #run} drives it.
 * <p>
 * What it reports, beside the migrations' own MIGRATION_*, LIFECYCLE and PLACEMENT events: at time
 * 0 a LIFECYCLE per VM and a PLACEMENT per placed VM, and a METRIC per link with its bandwidth and
 * latency (again whenever a step changes them); every sample interval from 0 a METRIC per host with
 * its VM count; a MESSAGE about a VM whose migration a step asked for but could not begin.
 * <p>
 * Network: each model link is two simulator links, one per direction (full duplex), shared by
 * every transfer that crosses it in that direction: concurrent migrations get their max-min fair
 * share ({@link FlowNetwork}). A migration's data takes the path with the fewest links between its
 * hosts. A step naming a cluster moves its VMs as one {@link ClusterMigration} (its own
 * MIGRATION_START and MIGRATION_END about the cluster's subject, besides each VM's; a VM waiting
 * for its turn under {@code maxConcurrent} counts as started). A step that changes a link changes
 * it for the transfers under way too: at the step's time their max-min shares are recomputed with
 * the new bandwidth and their completions moved, and data leaving a source from then on takes the
 * new latency ({@link FlowNetwork#setLink}).
 * <p>
 * Memory: a VM's profile becomes the simulator's guest memory (zero pages, uniform dirtying, or a
 * hot working set the writes stay in); a suspended VM dirties nothing. For Shrinker, whose
 * deduplication needs page contents, each VM's pages are laid out from its profile's duplicate and
 * shared shares, once per run, from its own random stream.
 * <p>
 * The algorithm is made once per run: its migrations share the instance, as Shrinker's share their
 * deduplication services.
 */
public final class PlanRun {

    private static final long PAGE = 4096;

    private final RunPlan plan;
    private final TelemetryStore store;
    private final Simulation simulation;
    private final SimulationDriver driver;
    private final FlowNetwork flows;
    private final Network network;
    private final Map<String, PlanVm> vms = new HashMap<>();
    /** VM to host; insertion-ordered so that nothing depends on hashing. */
    private final Map<String, String> placement = new LinkedHashMap<>();
    private final Map<String, String> states = new HashMap<>();
    private final Map<String, PlanLink> links = new LinkedHashMap<>();
    /** Per model link, its simulator links: [0] from its first end to its second, [1] back. */
    private final Map<String, Link[]> wires = new HashMap<>();
    private final Map<String, PageContents> contents = new HashMap<>();
    private final MigrationAlgorithm algorithm;
    private final Set<String> migrating = new HashSet<>();
    /** Per VM, the namespace of its unique page contents: 1, 2, ... in plan order. */
    private final Map<String, Integer> namespaces = new HashMap<>();
    private final int eventsBefore;
    private int started;
    private int completed;
    private int failed;
    private int skipped;

    private PlanRun(RunPlan plan, TelemetryStore store) {
        this.plan = plan;
        this.store = store;
        this.eventsBefore = store.size();
        this.simulation = new Simulation(plan.seed(), store);
        this.driver = new SimulationDriver(simulation, plan.duration());
        this.flows = new FlowNetwork(simulation);
        this.algorithm = plan.migration().algorithm().get();
        this.network = new Network(plan.links());
    }

    /** Builds the simulation of {@code plan}, reporting into {@code store}; nothing runs yet. */
    public static PlanRun prepare(RunPlan plan, TelemetryStore store) {
        PlanRun run = new PlanRun(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(store, "store"));
        run.setUp();
        return run;
    }

    /** The driver: batch by default; set a speed, pause or step it to watch the run. */
    public SimulationDriver driver() {
        return driver;
    }

    /** The plan being run. */
    public RunPlan plan() {
        return plan;
    }

    /** Runs the plan to its duration, or until {@code monitor} or the driver cancels it, on this thread. */
    public PlanResult run(RunMonitor monitor) {
        Drive.run(driver, monitor);
        return new PlanResult(plan, simulation.isCancelled(), simulation.now(), started, completed, failed, skipped,
                store.size() - eventsBefore);
    }

    private void setUp() {
        for (PlanVm vm : plan.vms()) {
            vms.put(vm.subject(), vm);
            namespaces.put(vm.subject(), namespaces.size() + 1);
            String state = vm.state();
            states.put(vm.subject(), state);
            if (vm.host() != null) {
                placement.put(vm.subject(), vm.host());
                simulation.emit(EventKind.LIFECYCLE, vm.subject(), Map.of(Attribute.STATE, state, Attribute.HOST,
                        vm.host()));
                simulation.emit(EventKind.PLACEMENT, vm.subject(), Map.of(Attribute.HOST, vm.host()));
            } else {
                simulation.emit(EventKind.LIFECYCLE, vm.subject(), Map.of(Attribute.STATE, state));
            }
        }
        for (PlanLink link : plan.links()) {
            install(link);
        }
        for (PlanStep step : plan.steps()) {
            simulation.scheduleAt(step.at(), sim -> perform(step));
        }
        new HostCensus(plan.hosts().stream().map(PlanHost::subject).toList(), placement, plan.sampleInterval())
                .start(simulation);
    }

    private void perform(PlanStep step) {
        switch (step) {
            case PlanStep.Migrate m -> {
                if (m.cluster() == null) {
                    for (int i = 0; i < m.vms().size(); i++) {
                        MigrationRequest request = request(m, m.vms().get(i), m.destinations().get(i));
                        if (request != null) {
                            begin(request);
                            Migration.start(flows, request, algorithm, this::ended);
                        }
                    }
                } else {
                    migrateCluster(m);
                }
            }
            case PlanStep.SetLink s -> {
                PlanLink old = links.get(s.link());
                PlanLink changed = new PlanLink(old.subject(), old.from(), old.to(),
                        Double.isNaN(s.bytesPerSecond()) ? old.bytesPerSecond() : s.bytesPerSecond(),
                        s.latency() < 0 ? old.latency() : s.latency());
                links.put(changed.subject(), changed);
                for (Link wire : wires.get(changed.subject())) {
                    flows.setLink(wire, changed.bytesPerSecond(), changed.latency());
                }
                report(changed);
            }
            case PlanStep.Lifecycle l -> {
                for (String vm : l.vms()) {
                    states.put(vm, l.state());
                    String host = placement.get(vm);
                    simulation.emit(EventKind.LIFECYCLE, vm, host == null ? Map.of(Attribute.STATE, l.state())
                            : Map.of(Attribute.STATE, l.state(), Attribute.HOST, host));
                }
            }
        }
    }

    /**
     * The VMs of the step that can move go as one {@link ClusterMigration} sharing the links; the
     * others are reported skipped as for single migrations. Each VM's own events, counts and
     * placement are those of a single migration.
     */
    private void migrateCluster(PlanStep.Migrate step) {
        List<MigrationRequest> requests = new ArrayList<>();
        for (int i = 0; i < step.vms().size(); i++) {
            MigrationRequest request = request(step, step.vms().get(i), step.destinations().get(i));
            if (request != null) {
                begin(request);
                requests.add(request);
            }
        }
        if (!requests.isEmpty()) {
            ClusterMigration.start(flows, step.cluster().subject(), requests, algorithm, step.cluster().parameters(),
                    this::ended, cluster -> {
                    });
        }
    }

    private void begin(MigrationRequest request) {
        started++;
        migrating.add(request.vm());
    }

    /** What migrating {@code vm} takes, or null (a MESSAGE emitted, counted skipped) when it cannot move. */
    private MigrationRequest request(PlanStep.Migrate step, String vm, String destination) {
        String source = placement.get(vm);
        String state = states.get(vm);
        List<PlanLink> path = source == null ? null : network.path(source, destination);
        String reason = null;
        if (source == null) {
            reason = "not-placed";
        } else if (!LifecycleState.RUNNING.equals(state) && !LifecycleState.PAUSED.equals(state)) {
            reason = "not-running";
        } else if (migrating.contains(vm)) {
            reason = "already-migrating";
        } else if (source.equals(destination)) {
            reason = "already-there";
        } else if (path == null) {
            reason = "no-network-path";
        }
        if (reason != null) {
            skipped++;
            simulation.emit(EventKind.MESSAGE, vm, Map.of(Attribute.REASON, reason, Attribute.TEXT,
                    "step \"" + step.name() + "\" could not migrate " + vm + " to " + destination + ": " + reason));
            return null;
        }
        PlanVm spec = vms.get(vm);
        return new MigrationRequest(vm, source, destination, memory(spec, LifecycleState.RUNNING.equals(state)),
                route(source, path));
    }

    /** The simulator links along {@code path} from {@code source}, each in the direction crossed. */
    private Route route(String source, List<PlanLink> path) {
        List<Link> hops = new ArrayList<>();
        String at = source;
        for (PlanLink hop : path) {
            boolean forward = hop.from().equals(at);
            hops.add(wires.get(hop.subject())[forward ? 0 : 1]);
            at = forward ? hop.to() : hop.from();
        }
        return Route.of(hops);
    }

    /** The simulator's view of a VM's memory; a paused guest writes nothing. */
    private GuestMemory memory(PlanVm vm, boolean running) {
        long zero = vm.memoryBytes() - vm.usedBytes();
        double rate = running ? vm.dirtyRate() : 0;
        GuestMemory dirtying = vm.hotBytes() > 0
                ? new HotColdDirtying(vm.memoryBytes(), zero, vm.hotBytes(), rate, 0)
                : new UniformDirtying(vm.memoryBytes(), zero, rate);
        if (!(algorithm instanceof ShrinkerMigration)) {
            return dirtying;
        }
        PageContents pages = contents.computeIfAbsent(vm.subject(), s -> {
            int nonZero = (int) (vm.usedBytes() / PAGE);
            int shared = (int) Math.min(nonZero, vm.sharedBytes() / PAGE);
            int intra = (int) Math.min(nonZero - shared - 1L, Math.round(nonZero * vm.intraDuplicateFraction()));
            ContentMix mix = new ContentMix((int) (vm.memoryBytes() / PAGE), (int) PAGE, nonZero, Math.max(0, intra),
                    shared);
            return PageContents.generate(mix, namespaces.get(s), simulation.random("contents/" + s));
        });
        return new PagedMemory(pages, dirtying);
    }

    private void ended(MigrationResult result) {
        String vm = result.request().vm();
        migrating.remove(vm);
        if (result.completed()) {
            completed++;
            placement.put(vm, result.request().destination());
        } else {
            failed++;
        }
    }

    /** Makes the simulator links of {@code link} and reports its bandwidth and latency. */
    private void install(PlanLink link) {
        links.put(link.subject(), link);
        wires.put(link.subject(), new Link[] {
            new Link(link.subject() + ">" + link.to(), link.bytesPerSecond(), link.latency()),
            new Link(link.subject() + ">" + link.from(), link.bytesPerSecond(), link.latency())});
        report(link);
    }

    /** A METRIC with the link's bandwidth and latency now. */
    private void report(PlanLink link) {
        simulation.emit(EventKind.METRIC, link.subject(),
                Map.of(Attribute.BANDWIDTH, link.bytesPerSecond(), Attribute.LATENCY, link.latency()));
    }
}
