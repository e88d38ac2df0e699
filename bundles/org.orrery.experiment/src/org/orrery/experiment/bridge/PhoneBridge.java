package org.orrery.experiment.bridge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.model.Clone;
import org.orrery.model.Experiment;
import org.orrery.model.NamedElement;
import org.orrery.model.Parameter;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;
import org.orrery.model.PolicyChoice;
import org.orrery.model.ScenarioStep;
import org.orrery.model.StepAction;
import org.orrery.model.SyncPolicy;
import org.orrery.model.World;
import org.orrery.sim.param.ParameterInfo;
import org.orrery.sim.phone.EnergyModel;
import org.orrery.sim.phone.PhoneParameters;

/**
 * The AMPhone part of {@link ModelBridge}: an experiment that offloads phone instances, changes a
 * phone's parameters or sweeps one becomes a {@link PhonePlan}. The model gives per phone instance
 * a {@link SyncPolicy} (threshold, Wi-Fi bandwidth, event rate, radio and CPU power) and per clone a
 * speed-up; the Wi-Fi is the phone's, so the phone takes its first instance's policy (a note says so
 * when another instance's differs). Everything else is {@link PhoneParameters#DEFAULT}; every value
 * is listed in the notes, assumptions marked.
 * <p>
 * Scenario: {@code offload} steps on phone instances (parameter {@code workS}: phone-seconds of work
 * to run in the cloud, default {@value #DEFAULT_WORK_S} s); {@code setParameter} steps on a phone or
 * an instance (its phone) with {@link PhonePlan#PARAMETERS}: {@code wifiBandwidthMbps},
 * {@code thresholdKB}, {@code inputEventRatePerS}, {@code wifiConnected} (0 drops the Wi-Fi, 1
 * brings it back), {@code phoneFails} (the phone dies). A sweep: a policy with implementation
 * {@code sweep} whose parameters are named {@code PARAMETER.1}, {@code PARAMETER.2}, ... (sibling
 * names must be unique), one per value, in the order run.
 */
public final class PhoneBridge {

    /** Offloaded work when an offload step gives none, phone-seconds (assumption). */
    public static final double DEFAULT_WORK_S = 60;
    /** The implementation name of a sweep policy. */
    public static final String SWEEP = "sweep";

    private final Experiment experiment;
    private final World world;
    private final List<String> notes;
    private final List<String> problems;
    private final Function<NamedElement, String> subjects;
    private final Map<String, Double> overrides;

    private PhoneBridge(Experiment experiment, World world, Map<String, Double> overrides, List<String> notes,
            List<String> problems, Function<NamedElement, String> subjects) {
        this.experiment = experiment;
        this.world = world;
        this.overrides = overrides;
        this.notes = notes;
        this.problems = problems;
        this.subjects = subjects;
    }

    /** Whether {@code experiment} is about phones: an offload, a step on a phone or instance, or a sweep. */
    public static boolean isPhoneExperiment(Experiment experiment, World world) {
        if (world.getPhones().isEmpty()) {
            return false;
        }
        return experiment.getSteps().stream().anyMatch(PhoneBridge::isPhoneStep)
                || experiment.getPolicies().stream().anyMatch(p -> SWEEP.equals(p.getImplementation()));
    }

    /** Whether the phone plan handles {@code step} (the migration plan then skips it). */
    public static boolean isPhoneStep(ScenarioStep step) {
        return step.getAction() == StepAction.OFFLOAD
                || step.getTargets().stream().anyMatch(t -> t instanceof Phone || t instanceof PhoneInstance);
    }

    /**
     * The plan, or null with {@code problems} added; {@code subjects} gives (and records) each model
     * element's telemetry subject, so the run's events map back to the model.
     */
    static PhonePlan plan(Experiment experiment, World world, long duration, Map<String, Double> overrides,
            List<String> notes, List<String> problems, Function<NamedElement, String> subjects) {
        return new PhoneBridge(experiment, world, overrides, notes, problems, subjects).build(duration);
    }

    private PhonePlan build(long duration) {
        for (String name : overrides.keySet()) {
            if (!PhoneParameters.CONTROLS.contains(name)) {
                problems.add(NLS.bind(Messages.Error_phoneOverrideUnknown, name, String.join(", ",
                        PhoneParameters.CONTROLS)));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<PhonePlan.PlanPhone> phones = new ArrayList<>();
        for (Phone phone : world.getPhones()) {
            phones.add(phone(phone));
        }
        List<PhonePlan.Step> steps = new ArrayList<>();
        for (ScenarioStep step : experiment.getSteps()) {
            if (isPhoneStep(step)) {
                step(step, steps);
            }
        }
        steps.sort(Comparator.comparingLong(PhonePlan.Step::at));
        PhonePlan.Sweep sweep = sweep();
        if (sweep != null && overrides.containsKey(sweep.control())) {
            notes.add(NLS.bind(Messages.Note_phoneOverrideSwept, sweep.control(), sweep.parameter()));
        }
        String name = experiment.getName() != null ? experiment.getName() : ModelBridge.subjectOf(experiment);
        notes.add(NLS.bind(Messages.Note_phoneEnergy, EnergyModel.class.getSimpleName()));
        return problems.isEmpty() ? new PhonePlan(name, experiment.getSeed(), duration, phones, steps, sweep, overrides)
                : null;
    }

    private PhonePlan.PlanPhone phone(Phone phone) {
        String subject = subjects.apply(phone);
        PhoneParameters parameters = PhoneParameters.DEFAULT;
        SyncPolicy first = null;
        List<PhonePlan.PlanInstance> instances = new ArrayList<>();
        for (PhoneInstance instance : phone.getInstances()) {
            Clone clone = instance.getClone();
            if (clone == null) {
                problems.add(NLS.bind(Messages.Error_phoneNoClone, label(instance)));
                continue;
            }
            instances.add(new PhonePlan.PlanInstance(subjects.apply(instance), subjects.apply(clone),
                    clone.getSpeedUp()));
            SyncPolicy policy = instance.getSyncPolicy();
            if (policy == null) {
                continue;
            }
            if (first == null) {
                first = policy;
                try {
                    EnergyModel energy = parameters.energy();
                    parameters = parameters.withWifiMbps(policy.getWifiBandwidthMbps())
                            .withThresholdKiB(policy.getThresholdKB())
                            .withInputEventRate(policy.getInputEventRatePerS())
                            .withEnergy(new EnergyModel(policy.getRadioPowerW(), energy.radioTailW(),
                                    energy.radioTailS(), energy.radioIdleW(), policy.getCpuPowerW(), energy.cpuIdleW()));
                } catch (IllegalArgumentException e) {
                    problems.add(NLS.bind(Messages.Error_phoneParameters, label(instance), e.getMessage()));
                }
            } else if (policy.getThresholdKB() != first.getThresholdKB()
                    || policy.getWifiBandwidthMbps() != first.getWifiBandwidthMbps()
                    || policy.getInputEventRatePerS() != first.getInputEventRatePerS()
                    || policy.getRadioPowerW() != first.getRadioPowerW() || policy.getCpuPowerW() != first.getCpuPowerW()) {
                notes.add(NLS.bind(Messages.Note_phoneOnePolicy, label(instance), label(phone)));
            }
        }
        if (instances.isEmpty()) {
            problems.add(NLS.bind(Messages.Error_phoneNoInstance, label(phone)));
        }
        // the user's settings for this run, over the model's values (every phone: the controls are one set)
        PhoneParameters model = parameters;
        for (Map.Entry<String, Double> o : new TreeMap<>(overrides).entrySet()) {
            try {
                parameters = parameters.set(o.getKey(), o.getValue());
            } catch (IllegalArgumentException e) {
                problems.add(NLS.bind(Messages.Error_phoneParameters, label(phone), e.getMessage()));
            }
        }
        Map<String, ParameterInfo> modelInfo = new java.util.HashMap<>();
        ParameterInfo.describe(model).forEach(i -> modelInfo.put(i.name(), i));
        for (ParameterInfo info : ParameterInfo.describe(parameters)) {
            String value = format(info.value()) + (info.unit().isEmpty() ? "" : " " + info.unit());
            ParameterInfo was = modelInfo.get(info.name());
            if (was != null && !info.value().equals(was.value())) {
                notes.add(NLS.bind(Messages.Note_phoneOverride, new Object[] {subject, info.name(), value,
                    format(was.value()) + (was.unit().isEmpty() ? "" : " " + was.unit()),
                    info.assumption() ? ", " + Messages.Assumption.replaceAll("[()]", "") : ""}));
                continue;
            }
            notes.add(NLS.bind(Messages.Note_phoneParameter, new Object[] {subject, info.name(), value,
                info.assumption() ? Messages.Assumption : ""}).stripTrailing());
        }
        return new PhonePlan.PlanPhone(subject, parameters, model, instances);
    }

    private void step(ScenarioStep step, List<PhonePlan.Step> steps) {
        long at = Math.round(step.getAtS() * 1e9);
        String name = step.getName() != null ? step.getName() : label(step);
        if (step.getTargets().isEmpty()) {
            problems.add(NLS.bind(Messages.Error_phoneNoTarget, label(step)));
        }
        if (step.getAction() == StepAction.OFFLOAD) {
            double work = DEFAULT_WORK_S;
            boolean given = false;
            for (Parameter p : step.getParameters()) {
                if ("workS".equals(p.getName())) {
                    work = p.getValue();
                    given = true;
                } else {
                    problems.add(NLS.bind(Messages.Error_phoneParameterUnknown, new Object[] {label(step), p.getName(),
                        "workS"}));
                }
            }
            if (!(work >= 0) || Double.isInfinite(work)) {
                problems.add(NLS.bind(Messages.Error_phoneParameters, label(step), "workS must be finite and not negative: "
                        + work));
            }
            if (!given) {
                notes.add(NLS.bind(Messages.Note_phoneDefaultWork, label(step), format(DEFAULT_WORK_S)));
            }
            for (NamedElement target : step.getTargets()) {
                if (target instanceof PhoneInstance instance) {
                    steps.add(new PhonePlan.Step(at, name, true, subjects.apply(instance), null, work));
                } else {
                    problems.add(NLS.bind(Messages.Error_phoneTarget, label(step), label(target)));
                }
            }
            return;
        }
        if (step.getAction() != StepAction.SET_PARAMETER) {
            problems.add(NLS.bind(Messages.Error_phoneAction, label(step), step.getAction().getLiteral()));
            return;
        }
        Set<String> phones = new LinkedHashSet<>();
        for (NamedElement target : step.getTargets()) {
            if (target instanceof PhoneInstance instance && instance.eContainer() instanceof Phone phone) {
                phones.add(subjects.apply(phone));
            } else if (target instanceof Phone phone) {
                phones.add(subjects.apply(phone));
            } else {
                problems.add(NLS.bind(Messages.Error_phoneTarget, label(step), label(target)));
            }
        }
        for (Parameter p : step.getParameters()) {
            if (!PhonePlan.PARAMETERS.contains(p.getName())) {
                problems.add(NLS.bind(Messages.Error_phoneParameterUnknown, new Object[] {label(step), p.getName(),
                    String.join(", ", PhonePlan.PARAMETERS)}));
                continue;
            }
            for (String phone : phones) {
                steps.add(new PhonePlan.Step(at, name, false, phone, p.getName(), p.getValue()));
            }
        }
    }

    private PhonePlan.Sweep sweep() {
        List<PolicyChoice> sweeps = experiment.getPolicies().stream().filter(p -> SWEEP.equals(p.getImplementation()))
                .toList();
        if (sweeps.isEmpty()) {
            return null;
        }
        if (sweeps.size() > 1) {
            problems.add(NLS.bind(Messages.Error_phoneSweep, label(experiment), "one sweep policy at most"));
            return null;
        }
        PolicyChoice policy = sweeps.get(0);
        List<String> sweepable = PhonePlan.PARAMETERS.subList(0, 3);
        Set<String> names = new LinkedHashSet<>();
        List<Double> values = new ArrayList<>();
        String unit = "";
        for (Parameter p : policy.getParameters()) {
            // names must be unique among siblings: PARAMETER.1, PARAMETER.2, ... in the order listed
            names.add(p.getName() == null ? "" : p.getName().replaceFirst("\\.\\d+$", ""));
            values.add(p.getValue());
            unit = p.getUnit() == null ? "" : p.getUnit();
        }
        if (names.size() != 1 || !sweepable.contains(names.iterator().next())) {
            problems.add(NLS.bind(Messages.Error_phoneSweep, label(policy), "its parameters must all be named PARAMETER.N, one per value, with PARAMETER one of "
                    + String.join(", ", sweepable) + " (found " + String.join(", ", names) + ")"));
            return null;
        }
        return new PhonePlan.Sweep(names.iterator().next(), unit, values);
    }

    private static String label(NamedElement element) {
        String name = element.getName() != null ? element.getName() : element.getId();
        return name != null ? "\"" + name + "\"" : element.eClass().getName();
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                    : String.format(Locale.ROOT, "%.6g", d).replaceFirst("\\.?0+$", "");
        }
        return String.valueOf(value);
    }
}
