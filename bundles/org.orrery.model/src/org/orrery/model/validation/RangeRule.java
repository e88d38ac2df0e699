package org.orrery.model.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.orrery.model.OrreryPackage.Literals;

/**
 * Numeric attributes whose meaning bounds them: sizes and bandwidths are positive, fractions lie
 * in [0, 1], an experiment lasts some time and runs at least once. The engines divide by these
 * values or treat them as probabilities, so a value outside is an error, not a style issue.
 */
final class RangeRule extends ConstraintRule<EObject> {

    /** An allowed interval; a null bound is open-ended. */
    private record Range(EAttribute attribute, Double min, boolean minIncluded, Double max, boolean maxIncluded) {

        boolean contains(double value) {
            return (min == null || (minIncluded ? value >= min : value > min))
                    && (max == null || (maxIncluded ? value <= max : value < max));
        }

        String describe() {
            String lower = min == null ? null : Messages.format(minIncluded ? "range.atLeast" : "range.above", min);
            String upper = max == null ? null : Messages.format(maxIncluded ? "range.atMost" : "range.below", max);
            return lower == null ? upper : upper == null ? lower : Messages.format("range.both", lower, upper);
        }
    }

    private static final List<Range> RANGES = List.of(
            positive(Literals.HOST__MEMORY_MB), positive(Literals.HOST__CLOCK_GHZ),
            new Range(Literals.HOST__OPTIMAL_UTILIZATION, 0.0, false, 1.0, true),
            positive(Literals.INSTANCE_TYPE__VCPUS), positive(Literals.INSTANCE_TYPE__MEMORY_MB),
            nonNegative(Literals.INSTANCE_TYPE__PRICE_PER_HOUR), nonNegative(Literals.INSTANCE_TYPE__SERVICE_FEE_PER_HOUR),
            positive(Literals.DATASTORE__CAPACITY_GB), positive(Literals.DATASTORE__BANDWIDTH_MBPS),
            positive(Literals.NETWORK_LINK__BANDWIDTH_MBPS), nonNegative(Literals.NETWORK_LINK__LATENCY_MS),
            positive(Literals.VIRTUAL_MACHINE__MEMORY_MB), positive(Literals.VIRTUAL_MACHINE__CPU_WEIGHT),
            nonNegative(Literals.VIRTUAL_MACHINE__BOOT_TIME_S), positive(Literals.VIRTUAL_CPU__WEIGHT),
            positive(Literals.DISK__SIZE_GB), positive(Literals.IMAGE__SIZE_MB),
            nonNegative(Literals.IMAGE__COMPRESSED_SIZE_MB),
            nonNegative(Literals.MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S),
            nonNegative(Literals.MEMORY_PROFILE__WRITABLE_WORKING_SET_MB), nonNegative(Literals.MEMORY_PROFILE__USED_MB),
            fraction(Literals.MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION),
            nonNegative(Literals.MEMORY_PROFILE__SHARED_WITH_PEERS_MB),
            positive(Literals.SUBSTRATE__RAW_SIZE_MB), positive(Literals.SUBSTRATE__COMPRESSED_SIZE_MB),
            positive(Literals.SUBSTRATE_POOL__CAPACITY_MB), positive(Literals.SUBSTRATE_POOL__MULTICAST_MBPS),
            positive(Literals.SUBSTRATE_POOL__DECOMPRESS_MBPS), nonNegative(Literals.SUBSTRATE_POOL__DOCKING_MARGIN_MB),
            new Range(Literals.OVERLAY_NETWORK__MTU, 576.0, true, 65535.0, true),
            nonNegative(Literals.OVERLAY_NETWORK__TABLE_AGEING_S), nonNegative(Literals.OVERLAY_ROUTER__MESSAGE_DELAY_MS),
            positive(Literals.PHONE__CORES), positive(Literals.PHONE__CLOCK_GHZ), positive(Literals.PHONE__MEMORY_MB),
            positive(Literals.PHONE__STORAGE_GB),
            new Range(Literals.PHONE__VIRTUALIZATION_OVERHEAD, 0.0, true, 1.0, false),
            nonNegative(Literals.PHONE_INSTANCE__PENDING_CHANGES_KB), positive(Literals.CLONE__SPEED_UP),
            nonNegative(Literals.SYNC_POLICY__THRESHOLD_KB), positive(Literals.SYNC_POLICY__WIFI_BANDWIDTH_MBPS),
            nonNegative(Literals.SYNC_POLICY__INPUT_EVENT_RATE_PER_S), nonNegative(Literals.SYNC_POLICY__RADIO_POWER_W),
            nonNegative(Literals.SYNC_POLICY__CPU_POWER_W),
            nonNegative(Literals.ACTOR__STATE_SIZE_KB), nonNegative(Literals.GUEST_PROCESS__CPU_DEMAND),
            nonNegative(Literals.GUEST_PROCESS__MEMORY_MB), nonNegative(Literals.GUEST_PROCESS__RUNTIME_S),
            positive(Literals.JOB__NODES), positive(Literals.JOB__THREADS), positive(Literals.JOB__ITERATIONS),
            nonNegative(Literals.JOB__PROBLEM_SIZE), nonNegative(Literals.JOB__MEMORY_MB),
            nonNegative(Literals.JOB__DURATION_S), nonNegative(Literals.JOB__ACTOR_COUNT),
            nonNegative(Literals.SPINLOCK_PROFILE__MEAN_HOLD_US), nonNegative(Literals.SPINLOCK_PROFILE__CALLS_PER_WINDOW),
            nonNegative(Literals.SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US),
            nonNegative(Literals.SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW), positive(Literals.SPINLOCK_PROFILE__WINDOW_S),
            positive(Literals.EXPERIMENT__DURATION_S), positive(Literals.EXPERIMENT__REPETITIONS),
            nonNegative(Literals.SCENARIO_STEP__AT_S));

    /** Ranges that apply to each class, inherited ones included; built once per class. */
    private final Map<EClass, List<Range>> rangesByClass = new ConcurrentHashMap<>();

    RangeRule() {
        super(EObject.class);
    }

    @Override
    protected void verify(EObject object, Report report) {
        for (Range range : rangesByClass.computeIfAbsent(object.eClass(), RangeRule::rangesOf)) {
            double value = ((Number) object.eGet(range.attribute())).doubleValue();
            if (!range.contains(value)) {
                report.error(OrreryValidator.VALUE_OUT_OF_RANGE, List.of(object, range.attribute()), "range.violated",
                        Labels.of(object), Labels.words(range.attribute()), object.eGet(range.attribute()),
                        range.describe());
            }
        }
    }

    private static List<Range> rangesOf(EClass eClass) {
        return RANGES.stream().filter(r -> r.attribute().getEContainingClass().isSuperTypeOf(eClass)).toList();
    }

    private static Range positive(EAttribute attribute) {
        return new Range(attribute, 0.0, false, null, false);
    }

    private static Range nonNegative(EAttribute attribute) {
        return new Range(attribute, 0.0, true, null, false);
    }

    private static Range fraction(EAttribute attribute) {
        return new Range(attribute, 0.0, true, 1.0, true);
    }
}
