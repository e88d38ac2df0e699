package org.orrery.experiment.bridge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.orrery.experiment.bridge.MigrationAlgorithms.Choice;
import org.orrery.experiment.plan.MigrationPolicy;
import org.orrery.experiment.plan.PlanHost;
import org.orrery.experiment.plan.PlanLink;
import org.orrery.experiment.plan.PlanStep;
import org.orrery.experiment.plan.PlanVm;
import org.orrery.experiment.plan.RunPlan;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.experiment.plan.SchedPlan;
import org.orrery.experiment.plan.SchedulerSettings;
import org.orrery.model.Cloud;
import org.orrery.model.Engine;
import org.orrery.model.Experiment;
import org.orrery.model.Host;
import org.orrery.model.Job;
import org.orrery.model.JobKind;
import org.orrery.model.MemoryProfile;
import org.orrery.model.NamedElement;
import org.orrery.model.NetworkLink;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Parameter;
import org.orrery.model.PolicyChoice;
import org.orrery.model.PolicyKind;
import org.orrery.model.ScenarioStep;
import org.orrery.model.Site;
import org.orrery.model.SpinlockProfile;
import org.orrery.model.StepAction;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.model.validation.Labels;
import org.orrery.model.validation.OrreryValidator;
import org.orrery.sim.migration.ClusterParameters;
import org.orrery.sim.param.ParameterInfo;
import org.orrery.sim.sched.experiment.HostSpec;
import org.orrery.sim.sched.experiment.Options;
import org.orrery.sim.sched.experiment.VmSpec;
import org.orrery.telemetry.LifecycleState;

/**
 * Makes a {@link RunPlan} (plain objects) from a model's {@link Experiment}, so the simulator
 * never runs on EMF objects. It refuses, with one line per problem naming the element, a model
 * that does not validate, an experiment on libvirt, and experiment content that would make the
 * run meaningless (unknown algorithm or parameter, a migration without destination); it notes,
 * and leaves out, what the simulator does not model yet (jobs outside run-queue experiments,
 * placement and elasticity policies, ...).
 * <p>
 * An experiment with a scheduler policy is a run-queue experiment (sbco.md), bridged to a
 * {@link SchedPlan} as well: the policy's implementation names the simulator's policy ({@code cfs}
 * or {@code dft}, {@code bal}, {@code sbco}, {@code procco}, {@code cpuco}) and its parameters set
 * the CFS and SBCO tunables ({@link SchedulerSettings}); the jobs its {@code submitJob} steps name
 * are the workloads, all started at 0, on their VMs (vCPUs from the VM), on the one host those VMs
 * share (pCPUs from the host): kernbench, specjbb (warehouses from the problem size), npb, and the
 * disturbers superpi and cpuHog (threads from the job), which are not measured; a job's spinlock
 * profile replaces its kind's lock table row (calls read as LockProfile reads the table, so the
 * window length is not used). Repetitions are runs with seeds seed, seed + 1, ...
 * <p>
 * Mapping (model units to the simulator's):
 * <ul>
 * <li>Subjects: {@code host/ID}, {@code vm/ID}, {@code link/ID}, {@code router/ID},
 * {@code site/ID}, where ID is the element's id, or its name when it has none.</li>
 * <li>Hosts: every host of every cloud, memory MiB to bytes.</li>
 * <li>Links: every link of the world, Mbit/s to bytes per second, ms to ns; hosts, routers and
 * sites are the graph's nodes.</li>
 * <li>VMs: memory MiB to bytes; from the memory profile, the used memory (the rest are zero
 * pages), the dirty rate (pages/s times 4 KiB), the writable working set (the region the writes
 * stay in), the share of intra-VM duplicates and the memory shared with peers; without a profile
 * all memory is used and nothing is dirtied. State running or migrating runs, paused or suspended
 * is paused, anything else is shut off.</li>
 * <li>Steps, by time: {@code migrateVm} to a host, or to a site (its hosts in turn, in model
 * order); a {@code migrateVm} of several VMs, or of an overlay network (a VIOLIN: every VM with an
 * interface on it), moves them as one cluster migration, subject {@code cluster/ID} of the step,
 * whose parameters ({@code maxConcurrent}, {@code networkReestablishment},
 * {@code initialRetransmission}, see {@link ClusterParameters}) the step's parameters set; {@code setParameter} of a link's {@code bandwidth} (Mbit/s unless a unit is given) or
 * {@code latency} (ms); {@code startVm}, {@code stopVm}, {@code suspendVm}, {@code resumeVm}.</li>
 * <li>The migration policy's implementation and parameters, see {@link MigrationAlgorithms}.</li>
 * </ul>
 */
public final class ModelBridge {

    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    private static final double NANOS = 1e9;
    /** Interval of the per-host census, nanoseconds: one second. */
    private static final long SAMPLE_INTERVAL = 1_000_000_000L;
    /**
     * A scheduler policy's implementation (as models name it) to the simulator's policy: stock
     * CFS, sbco.md's balanced placement, SBCO and the two IPI-driven co-scheduling baselines.
     */
    private static final Map<String, String> SCHEDULER_POLICIES = scheduler();

    private static Map<String, String> scheduler() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cfs", "DFT");
        m.put("dft", "DFT");
        m.put("bal", "BAL");
        m.put("sbco", "SBCO");
        m.put("procco", "PROCCO");
        m.put("cpuco", "CPUCO");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * A bridged experiment.
     *
     * @param plan     the run
     * @param notes    what was left out or assumed, one line each, for the user
     * @param subjects the model element behind each telemetry subject, to map results back
     */
    public record Bridged(RunPlan plan, List<String> notes, Map<String, NamedElement> subjects, SchedPlan sched,
            PhonePlan phone) {

        /** A bridged migration experiment (no run-queue part). */
        public Bridged(RunPlan plan, List<String> notes, Map<String, NamedElement> subjects) {
            this(plan, notes, subjects, null, null);
        }

        /** A bridged experiment with a run-queue part, or none. */
        public Bridged(RunPlan plan, List<String> notes, Map<String, NamedElement> subjects, SchedPlan sched) {
            this(plan, notes, subjects, sched, null);
        }
    }

    private final Experiment experiment;
    private World world;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<EObject, String> subjectOf = new HashMap<>();
    private final Map<String, NamedElement> subjects = new LinkedHashMap<>();

    private final Map<String, Double> phoneOverrides;

    private ModelBridge(Experiment experiment, Map<String, Double> phoneOverrides) {
        this.experiment = experiment;
        this.phoneOverrides = Map.copyOf(phoneOverrides);
    }

    /** Bridges {@code experiment}; see the class comment for what is refused and what is noted. */
    public static Bridged bridge(Experiment experiment) throws BridgeException {
        return bridge(experiment, Map.of());
    }

    /**
     * Bridges a phone experiment with some of its phones' parameters set for this run in place of the
     * model's: {@code phoneOverrides} maps names of {@link org.orrery.sim.phone.PhoneParameters#CONTROLS}
     * to values, applied to every phone and noted as overrides; an unknown name, a bad value, or any
     * override of an experiment without phones is refused.
     */
    public static Bridged bridge(Experiment experiment, Map<String, Double> phoneOverrides) throws BridgeException {
        return new ModelBridge(experiment, phoneOverrides).build();
    }

    /** The telemetry subject the bridge gives a model element, e.g. {@code vm/web1}. */
    public static String subjectOf(NamedElement element) {
        String prefix = element instanceof VirtualMachine ? "vm"
                : element instanceof NetworkLink ? "link" : element.eClass().getName().toLowerCase(Locale.ROOT);
        return prefix + "/" + key(element);
    }

    /** The element's id, or its name when it has none. */
    private static String key(NamedElement element) {
        return element.getId() != null && !element.getId().isBlank() ? element.getId() : element.getName();
    }

    private Bridged build() throws BridgeException {
        world = experiment.getModel() != null ? experiment.getModel()
                : experiment.eContainer() instanceof World w ? w : null;
        if (world == null) {
            throw new BridgeException(List.of(NLS.bind(Messages.Error_noModel, label(experiment))));
        }
        if (experiment.getEngine() == Engine.LIBVIRT) {
            problems.add(NLS.bind(Messages.Error_engine, label(experiment)));
        }
        validate(world);
        if (!problems.isEmpty()) {
            throw new BridgeException(problems);
        }
        List<PlanHost> hosts = new ArrayList<>();
        List<PlanVm> vms = new ArrayList<>();
        for (Cloud cloud : world.getClouds()) {
            for (Site site : cloud.getSites()) {
                register(site);
                site.getRouters().forEach(this::register);
                for (Host host : site.getHosts()) {
                    hosts.add(new PlanHost(register(host), host.getMemoryMB() * MIB));
                }
            }
        }
        for (Cloud cloud : world.getClouds()) {
            for (VirtualMachine vm : cloud.getVirtualMachines()) {
                vms.add(vm(vm));
            }
        }
        List<PlanLink> links = new ArrayList<>();
        for (NetworkLink link : world.getLinks()) {
            links.add(new PlanLink(register(link), register(link.getSource()), register(link.getTarget()),
                    link.getBandwidthMbps() * 1e6 / 8, Math.round(link.getLatencyMs() * 1e6)));
        }
        boolean migrates = experiment.getSteps().stream().anyMatch(s -> s.getAction() == StepAction.MIGRATE_VM);
        MigrationPolicy migration = migrationPolicy(migrates);
        List<PolicyChoice> schedulers = experiment.getPolicies().stream()
                .filter(p -> p.getKind() == PolicyKind.SCHEDULER).toList();
        SchedPlan sched = null;
        if (schedulers.size() > 1) {
            problems.add(NLS.bind(Messages.Error_schedulerPolicies, label(experiment),
                    schedulers.stream().map(ModelBridge::label).collect(Collectors.joining(", "))));
        } else if (schedulers.size() == 1) {
            sched = schedPlan(schedulers.get(0));
        }
        boolean phones = PhoneBridge.isPhoneExperiment(experiment, world);
        List<PlanStep> steps = new ArrayList<>();
        for (ScenarioStep step : experiment.getSteps()) {
            if (sched != null && step.getAction() == StepAction.SUBMIT_JOB) {
                continue; // the run-queue simulation's workloads: read by schedPlan
            }
            if (phones && PhoneBridge.isPhoneStep(step)) {
                continue; // the phone simulation's scenario: read by PhoneBridge
            }
            step(step, steps);
        }
        long duration = Math.round(experiment.getDurationS() * NANOS);
        PhonePlan phone = phones ? PhoneBridge.plan(experiment, world, duration, phoneOverrides, notes, problems,
                this::register) : null;
        if (!phones && !phoneOverrides.isEmpty()) {
            problems.add(NLS.bind(Messages.Error_phoneOverridesWithoutPhones, label(experiment),
                    String.join(", ", new java.util.TreeSet<>(phoneOverrides.keySet()))));
        }
        if (!problems.isEmpty()) {
            throw new BridgeException(problems);
        }
        RunPlan plan = new RunPlan(experiment.getName() != null ? experiment.getName() : subjectOf(experiment),
                experiment.getSeed(), duration, hosts, links, vms, steps, migration, SAMPLE_INTERVAL);
        return new Bridged(plan, List.copyOf(notes), Map.copyOf(subjects), sched, phone);
    }

    private void validate(World world) {
        Diagnostic result = OrreryValidator.diagnose(world);
        for (Diagnostic d : result.getChildren()) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                problems.add(NLS.bind(Messages.Error_invalid, d.getMessage()));
            } else if (d.getSeverity() == Diagnostic.WARNING) {
                notes.add(NLS.bind(Messages.Note_warning, d.getMessage()));
            }
        }
    }

    private PlanVm vm(VirtualMachine vm) {
        long memory = Math.max(PAGE, vm.getMemoryMB() * MIB);
        MemoryProfile profile = vm.getMemoryProfile();
        String state = switch (vm.getState()) {
            case RUNNING, MIGRATING -> LifecycleState.RUNNING;
            case PAUSED, SUSPENDED -> LifecycleState.PAUSED;
            default -> LifecycleState.SHUT_OFF;
        };
        String host = vm.getHost() == null ? null : register(vm.getHost());
        if (profile == null) {
            return PlanVm.uniform(register(vm), host, memory, 0, state);
        }
        long used = clamp(Math.round(profile.getUsedMB() * MIB), memory);
        return new PlanVm(register(vm), host, memory, used, profile.getDirtyRatePagesPerS() * PAGE,
                clamp(Math.round(profile.getWritableWorkingSetMB() * MIB), used), profile.getIntraDuplicateFraction(),
                clamp(Math.round(profile.getSharedWithPeersMB() * MIB), used), state);
    }

    private static long clamp(long value, long max) {
        return Math.max(0, Math.min(max, value));
    }

    private MigrationPolicy migrationPolicy(boolean migrates) {
        List<PolicyChoice> chosen = new ArrayList<>();
        for (PolicyChoice policy : experiment.getPolicies()) {
            if (PhoneBridge.SWEEP.equals(policy.getImplementation())) {
                continue; // a phone experiment's sweep: PhoneBridge reads it
            }
            if (policy.getKind() == PolicyKind.MIGRATION) {
                chosen.add(policy);
            } else if (policy.getKind() != PolicyKind.SCHEDULER) {
                notes.add(NLS.bind(Messages.Note_policyIgnored, new Object[] {label(policy),
                        policy.getKind().getLiteral(), policy.getImplementation()}));
            }
        }
        Choice fallback = MigrationAlgorithms.find(MigrationAlgorithms.DEFAULT);
        if (chosen.size() > 1) {
            problems.add(NLS.bind(Messages.Error_migrationPolicies, label(experiment),
                    chosen.stream().map(ModelBridge::label).collect(Collectors.joining(", "))));
            return null;
        }
        if (chosen.isEmpty()) {
            if (migrates) {
                notes.add(NLS.bind(Messages.Note_defaultMigration, MigrationAlgorithms.DEFAULT));
            }
            return policy(MigrationAlgorithms.DEFAULT, fallback, List.of());
        }
        PolicyChoice policy = chosen.get(0);
        Choice choice = MigrationAlgorithms.find(policy.getImplementation());
        if (choice == null) {
            String available = String.join(", ", MigrationAlgorithms.implementations());
            if (migrates) {
                problems.add(NLS.bind(Messages.Error_algorithm, new Object[] {label(policy),
                        policy.getImplementation(), available}));
            } else {
                notes.add(NLS.bind(Messages.Note_algorithmUnused, label(policy), policy.getImplementation()));
            }
            return policy(MigrationAlgorithms.DEFAULT, fallback, List.of());
        }
        return policy(policy.getName() != null ? policy.getName() : choice.implementation(), choice,
                policy.getParameters());
    }

    /** The policy of {@code choice} with the simulator's defaults overridden by the model's {@code given}. */
    private MigrationPolicy policy(String label, Choice choice, List<Parameter> given) {
        Record resolved = withParameters(choice.defaults(), choice.implementation(), given);
        return new MigrationPolicy(label, choice.implementation(), () -> choice.factory().apply(resolved),
                choice.parameters(resolved));
    }

    /**
     * {@code defaults} (a simulator parameters record, or null when there are none) with the
     * model's {@code given} parameters set by name, each in the unit the simulator documents;
     * every parameter that does not fit is a problem naming it. {@code owner} names the mechanism
     * in messages.
     */
    private Record withParameters(Record defaults, String owner, List<Parameter> given) {
        Record values = defaults;
        for (Parameter parameter : given) {
            List<ParameterInfo> known = values == null ? List.of() : ParameterInfo.describe(values);
            String path = MigrationAlgorithms.resolve(known, parameter.getName());
            if (path == null) {
                problems.add(NLS.bind(Messages.Error_parameterUnknown, new Object[] {label(parameter),
                        owner, parameter.getName(), known.isEmpty() ? Messages.None
                                : known.stream().map(ParameterInfo::name).collect(Collectors.joining(", "))}));
                continue;
            }
            ParameterInfo info = known.stream().filter(i -> i.name().equals(path)).findFirst().orElseThrow();
            Double value = inUnitOf(parameter, info.unit());
            if (value == null) {
                continue;
            }
            try {
                values = MigrationAlgorithms.with(values, path, value);
            } catch (IllegalArgumentException e) {
                problems.add(NLS.bind(Messages.Error_parameterInvalid, label(parameter), e.getMessage()));
            }
        }
        return values;
    }

    /**
     * The parameter's value in {@code unit}, the simulator's unit for it; null (a problem noted)
     * when the model's unit is missing or of another dimension.
     */
    private Double inUnitOf(Parameter parameter, String unit) {
        Units dimension = Units.ofParameterUnit(unit);
        String given = parameter.getUnit() == null ? "" : parameter.getUnit().trim();
        if (dimension == Units.NUMBER) {
            if (given.isEmpty() || given.equalsIgnoreCase(unit)) {
                return parameter.getValue();
            }
            problems.add(NLS.bind(Messages.Error_parameterUnit, new Object[] {label(parameter), given,
                    Messages.Dimension_number, unit.isEmpty() ? Messages.None : Messages.None + ", " + unit}));
            return null;
        }
        if (given.isEmpty()) {
            problems.add(NLS.bind(Messages.Error_parameterNoUnit, label(parameter), dimension.accepted()));
            return null;
        }
        Double factor = dimension.factor(given);
        if (factor == null) {
            problems.add(NLS.bind(Messages.Error_parameterUnit, new Object[] {label(parameter), given, dimension,
                    dimension.accepted()}));
            return null;
        }
        return parameter.getValue() * factor / dimension.factor(unit);
    }

    /** The parameter's value in the dimension's base unit, or null (a problem noted) when its unit does not fit. */
    private Double inBaseUnit(Parameter parameter, Units dimension, String defaultUnit) {
        String unit = parameter.getUnit() == null || parameter.getUnit().isBlank() ? defaultUnit : parameter.getUnit();
        Double factor = dimension.factor(unit);
        if (factor == null) {
            problems.add(NLS.bind(Messages.Error_parameterUnit, new Object[] {label(parameter), unit, dimension,
                    dimension.accepted()}));
            return null;
        }
        return parameter.getValue() * factor;
    }

    private void step(ScenarioStep step, List<PlanStep> steps) {
        long at = Math.round(step.getAtS() * NANOS);
        String name = step.getName() != null ? step.getName() : label(step);
        switch (step.getAction()) {
            case MIGRATE_VM -> migrate(step, at, name, steps);
            case SET_PARAMETER -> setParameter(step, at, name, steps);
            case START_VM -> lifecycle(step, at, name, LifecycleState.RUNNING, steps);
            case STOP_VM -> lifecycle(step, at, name, LifecycleState.SHUT_OFF, steps);
            case SUSPEND_VM -> lifecycle(step, at, name, LifecycleState.PAUSED, steps);
            case RESUME_VM -> lifecycle(step, at, name, LifecycleState.RUNNING, steps);
            default -> notes.add(NLS.bind(Messages.Note_stepIgnored, label(step), step.getAction().getLiteral()));
        }
    }

    /**
     * The run-queue experiment of an experiment with a scheduler policy (sbco.md): the jobs its
     * {@code submitJob} steps name, on their VMs, on the one host those VMs share; null (problems
     * noted) when something needed is missing.
     */
    private SchedPlan schedPlan(PolicyChoice policy) {
        String implementation = policy.getImplementation() == null ? "" : policy.getImplementation().trim();
        String simulatorPolicy = SCHEDULER_POLICIES.get(implementation.toLowerCase(Locale.ROOT));
        if (simulatorPolicy == null) {
            // the jobs are still checked below, so that one run reports every problem
            problems.add(NLS.bind(Messages.Error_schedulerPolicy, new Object[] {label(policy), implementation,
                    String.join(", ", SCHEDULER_POLICIES.keySet())}));
        }
        Map<VirtualMachine, Job> work = new LinkedHashMap<>();
        for (ScenarioStep step : experiment.getSteps()) {
            if (step.getAction() != StepAction.SUBMIT_JOB) {
                continue;
            }
            if (step.getAtS() != 0) {
                notes.add(NLS.bind(Messages.Note_jobsStartAtZero, label(step), step.getAtS()));
            }
            for (NamedElement target : step.getTargets()) {
                if (!(target instanceof Job job)) {
                    problems.add(NLS.bind(Messages.Error_targetNotJob, label(step), label(target)));
                    continue;
                }
                for (VirtualMachine vm : job.getVms()) {
                    Job other = work.putIfAbsent(vm, job);
                    if (other != null && other != job) {
                        problems.add(NLS.bind(Messages.Error_twoJobsOneVm, new Object[] {label(vm), label(other),
                                label(job)}));
                    }
                }
            }
        }
        if (work.isEmpty()) {
            problems.add(NLS.bind(Messages.Error_noJobs, label(experiment), label(policy)));
            return null;
        }
        List<Host> hosts = work.keySet().stream().map(VirtualMachine::getHost).distinct().toList();
        if (hosts.size() != 1 || hosts.get(0) == null) {
            problems.add(NLS.bind(Messages.Error_jobsNotOnOneHost, label(experiment), hosts.stream()
                    .map(h -> h == null ? Messages.NotPlaced : label(h)).collect(Collectors.joining(", "))));
            return null;
        }
        Host host = hosts.get(0);
        int pcpus = host.getPcpus().size();
        if (pcpus == 0) {
            problems.add(NLS.bind(Messages.Error_hostWithoutPcpus, label(experiment), label(host)));
            return null;
        }
        List<VmSpec> vms = new ArrayList<>();
        for (Map.Entry<VirtualMachine, Job> e : work.entrySet()) {
            VmSpec vm = schedVm(e.getKey(), e.getValue());
            if (vm != null) {
                vms.add(vm);
            }
        }
        if (simulatorPolicy == null) {
            return null;
        }
        HostSpec defaults = HostSpec.defaults(pcpus, vms);
        SchedulerSettings settings = (SchedulerSettings) withParameters(
                new SchedulerSettings(defaults.cfs(), defaults.sbco()), implementation, policy.getParameters());
        if (settings == null || !problems.isEmpty()) {
            return null;
        }
        String key = key(experiment);
        return new SchedPlan(key.replaceAll("[^A-Za-z0-9._-]+", "_"), experiment.getName() != null
                ? experiment.getName() : key, register(host), simulatorPolicy,
                policy.getName() != null ? policy.getName() : implementation, implementation,
                Math.max(1, experiment.getRepetitions()), experiment.getSeed(),
                Math.round(experiment.getDurationS() * NANOS), defaults.withScheduler(settings.cfs(), settings.sbco()),
                ParameterInfo.describe(settings));
    }

    /**
     * A VM and its job as the run-queue simulation's VM: the job kind's workload model, the job's
     * threads where the model uses them, its spinlock profile when it has one; SuperPI and CPU
     * hogs are sbco.md's disturbers, every other job is measured (its completion time or throughput
     * reported). Null (a problem noted) for a kind the run-queue simulation has no model of.
     */
    private VmSpec schedVm(VirtualMachine vm, Job job) {
        Map<String, String> options = new LinkedHashMap<>();
        String kind;
        boolean measured = true;
        switch (job.getKind()) {
            case KERNBENCH -> kind = "kernbench";
            case SPECJBB -> {
                kind = "specjbb";
                if (job.getProblemSize() > 0) {
                    options.put("warehouses", String.valueOf(job.getProblemSize()));
                }
            }
            case NPB -> kind = "npb";
            case SUPERPI, CPU_HOG -> {
                kind = job.getKind() == JobKind.SUPERPI ? "superpi" : "hog";
                options.put("threads", String.valueOf(Math.max(1, job.getThreads())));
                measured = false;
            }
            default -> {
                problems.add(NLS.bind(Messages.Error_jobKind, label(job), job.getKind().getLiteral()));
                return null;
            }
        }
        SpinlockProfile locks = job.getSpinlock();
        if (locks != null) {
            options.put("spinCalls", String.valueOf(locks.getCallsPerWindow()));
            options.put("spinHoldUs", String.valueOf(locks.getMeanHoldUs()));
            options.put("irqCalls", String.valueOf(locks.getIrqCallsPerWindow()));
            options.put("irqHoldUs", String.valueOf(locks.getIrqMeanHoldUs()));
        }
        return new VmSpec(key(vm), kind, Math.max(1, vm.getVcpus().size()), 1, measured, Options.of(options));
    }

    private void migrate(ScenarioStep step, long at, String name, List<PlanStep> steps) {
        List<String> vms = vmTargets(step, true);
        NamedElement destination = step.getDestination();
        List<String> hosts = new ArrayList<>();
        if (destination == null) {
            problems.add(NLS.bind(Messages.Error_noDestination, label(step)));
        } else if (destination instanceof Host host) {
            hosts.add(register(host));
        } else if (destination instanceof Site site) {
            site.getHosts().forEach(h -> hosts.add(register(h)));
            if (hosts.isEmpty()) {
                problems.add(NLS.bind(Messages.Error_siteWithoutHosts, label(step), label(site)));
            }
        } else {
            problems.add(NLS.bind(Messages.Error_destinationKind, label(step), label(destination)));
        }
        if (vms == null || hosts.isEmpty()) {
            return;
        }
        List<String> destinations = new ArrayList<>();
        for (int i = 0; i < vms.size(); i++) {
            destinations.add(hosts.get(i % hosts.size()));
        }
        boolean cluster = vms.size() > 1 || step.getTargets().stream().anyMatch(OverlayNetwork.class::isInstance);
        if (!cluster) {
            if (!step.getParameters().isEmpty()) {
                notes.add(NLS.bind(Messages.Note_singleMigrationParameters, label(step)));
            }
            steps.add(new PlanStep.Migrate(at, name, vms, destinations));
            return;
        }
        ClusterParameters parameters = (ClusterParameters) withParameters(ClusterParameters.defaults(),
                Messages.ClusterMigration, step.getParameters());
        if (parameters != null) {
            steps.add(new PlanStep.Migrate(at, name, vms, destinations,
                    new PlanStep.Cluster(register(step, "cluster"), parameters)));
        }
    }

    /**
     * The VMs a step acts on, as subjects in order: VM targets as they are and, when
     * {@code overlays} (migrations), an overlay network (a VIOLIN) as every VM with an interface on
     * it, in model order; null when a target is neither (a problem noted).
     */
    private List<String> vmTargets(ScenarioStep step, boolean overlays) {
        if (step.getTargets().isEmpty()) {
            problems.add(NLS.bind(Messages.Error_noTargets, label(step)));
            return null;
        }
        List<String> vms = new ArrayList<>();
        for (NamedElement target : step.getTargets()) {
            if (target instanceof VirtualMachine vm) {
                vms.add(register(vm));
            } else if (overlays && target instanceof OverlayNetwork overlay) {
                List<VirtualMachine> members = world.getClouds().stream()
                        .flatMap(c -> c.getVirtualMachines().stream())
                        .filter(vm -> vm.getNics().stream().anyMatch(nic -> nic.getOverlay() == overlay))
                        .toList();
                if (members.isEmpty()) {
                    problems.add(NLS.bind(Messages.Error_overlayWithoutVms, label(step), label(overlay)));
                    return null;
                }
                members.forEach(vm -> vms.add(register(vm)));
            } else {
                problems.add(NLS.bind(overlays ? Messages.Error_targetNotVmOrOverlay : Messages.Error_targetNotVm,
                        label(step), label(target)));
                return null;
            }
        }
        return vms;
    }

    private void lifecycle(ScenarioStep step, long at, String name, String state, List<PlanStep> steps) {
        List<String> vms = vmTargets(step, false);
        if (vms != null) {
            steps.add(new PlanStep.Lifecycle(at, name, vms, state));
        }
    }

    private void setParameter(ScenarioStep step, long at, String name, List<PlanStep> steps) {
        for (NamedElement target : step.getTargets()) {
            if (!(target instanceof NetworkLink link)) {
                notes.add(NLS.bind(Messages.Note_targetIgnored, label(step), label(target)));
                continue;
            }
            double bandwidth = Double.NaN;
            long latency = -1;
            for (Parameter parameter : step.getParameters()) {
                if ("bandwidth".equals(parameter.getName())) {
                    Double v = inBaseUnit(parameter, Units.RATE, "Mbit/s");
                    bandwidth = v == null ? Double.NaN : v;
                } else if ("latency".equals(parameter.getName())) {
                    Double v = inBaseUnit(parameter, Units.TIME, "ms");
                    latency = v == null ? -1 : Math.round(v * NANOS);
                } else {
                    problems.add(NLS.bind(Messages.Error_linkParameter, label(step), parameter.getName()));
                }
            }
            steps.add(new PlanStep.SetLink(at, name, register(link), bandwidth, latency));
        }
    }

    private String register(NamedElement element) {
        return register(element, null);
    }

    /** The element's subject, with {@code prefix} instead of the usual one when not null. */
    private String register(NamedElement element, String prefix) {
        return subjectOf.computeIfAbsent(element, e -> {
            String base = prefix == null ? subjectOf(element) : prefix + "/" + key(element);
            String subject = base;
            // ids are unique in a file; names only among siblings: keep subjects apart anyway
            for (int n = 2; subjects.containsKey(subject); n++) {
                subject = base + "#" + n;
            }
            subjects.put(subject, element);
            return subject;
        });
    }

    /** How messages name an element: as validation does, with its container for a parameter. */
    static String label(EObject element) {
        return element instanceof Parameter ? Labels.withContainer(element) : Labels.of(element);
    }
}
