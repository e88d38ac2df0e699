package org.orrery.experiment.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.orrery.sim.phone.PhoneParameters;

/**
 * An AMPhone experiment of a model (amphone.md): its phones with their instances and clones, the
 * scenario's offloads and parameter changes, and optionally a sweep of one parameter (one run per
 * value, same seed). {@link org.orrery.experiment.bridge.PhoneBridge} makes one;
 * {@link org.orrery.experiment.PhoneRun} plays it.
 *
 * @param name     the experiment's name
 * @param seed     seed of the run (of every run of a sweep)
 * @param duration simulated length, nanoseconds
 * @param phones   the phones
 * @param steps    the scenario, in time order
 * @param sweep    the swept parameter, or null
 */
public record PhonePlan(String name, long seed, long duration, List<PlanPhone> phones, List<Step> steps, Sweep sweep,
        Map<String, Double> overrides) {

    /** The parameters a sweep or a {@code setParameter} step may name, with their units. */
    public static final List<String> PARAMETERS = List.of("wifiBandwidthMbps", "thresholdKB", "inputEventRatePerS",
            "wifiConnected", "phoneFails");

    /**
     * @param overrides values of {@link PhoneParameters#CONTROLS} set for this run in place of the
     *                  model's (the workbench's Phone Clones controls, {@code orrery run --set}), on
     *                  every phone; empty when the model's values are used
     */
    public PhonePlan {
        Objects.requireNonNull(name, "name");
        phones = List.copyOf(phones);
        steps = List.copyOf(steps);
        overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
        if (duration <= 0) {
            throw new IllegalArgumentException(name + ": the duration must be positive");
        }
    }

    /** A plan with the model's values only. */
    public PhonePlan(String name, long seed, long duration, List<PlanPhone> phones, List<Step> steps, Sweep sweep) {
        this(name, seed, duration, phones, steps, sweep, Map.of());
    }

    /** The same plan with another seed and, if positive, another duration. */
    public PhonePlan with(long newSeed, long newDuration) {
        return new PhonePlan(name, newSeed, newDuration > 0 ? newDuration : duration, phones, steps, sweep, overrides);
    }

    /**
     * A phone: its subject, the parameters it runs with and the model's (they differ where the run
     * overrides them), and its instances.
     */
    public record PlanPhone(String subject, PhoneParameters parameters, PhoneParameters model,
            List<PlanInstance> instances) {
        public PlanPhone {
            instances = List.copyOf(instances);
        }

        /** A phone that runs with the model's values. */
        public PlanPhone(String subject, PhoneParameters parameters, List<PlanInstance> instances) {
            this(subject, parameters, parameters, instances);
        }

        /** Whether the run sets {@code control} (one of {@link PhoneParameters#CONTROLS}) other than the model. */
        public boolean overridden(String control) {
            return Double.compare(parameters.control(control), model.control(control)) != 0;
        }
    }

    /** A phone instance with its clone. */
    public record PlanInstance(String subject, String cloneSubject, double speedUp) {
    }

    /**
     * One scenario step.
     *
     * @param at        when, nanoseconds
     * @param name      the step's name
     * @param offload   true: offload {@code value} phone-seconds of work; false: set {@code parameter}
     * @param target    the instance (offload) or the phone whose parameter changes
     * @param parameter one of {@link PhonePlan#PARAMETERS} (null for an offload)
     * @param value     the work (s) or the parameter's new value
     */
    public record Step(long at, String name, boolean offload, String target, String parameter, double value) {
    }

    /** A sweep: one run per value of {@code parameter} (one of the first three of {@link PhonePlan#PARAMETERS}). */
    public record Sweep(String parameter, String unit, List<Double> values) {
        public Sweep {
            values = List.copyOf(values);
        }

        /** The swept parameter as {@link PhoneParameters#CONTROLS} names it (the model names it otherwise). */
        public String control() {
            return control(parameter);
        }

        /** A sweepable model parameter's name in {@link PhoneParameters#CONTROLS}. */
        public static String control(String parameter) {
            return switch (parameter) {
                case "wifiBandwidthMbps" -> "wifiMbps";
                case "thresholdKB" -> "thresholdKiB";
                case "inputEventRatePerS" -> "inputEventRate";
                default -> throw new IllegalArgumentException("cannot sweep " + parameter);
            };
        }

        /** {@code parameters} with the swept parameter at {@code value}. */
        public PhoneParameters apply(PhoneParameters parameters, double value) {
            return parameters.set(control(), value);
        }
    }
}
