package org.orrery.sim.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.orrery.telemetry.Attribute;

/**
 * Pre-copy live migration with QEMU/KVM semantics (qemu-precopy.md; see
 * {@link QemuPreCopyProcess} for the rules): rounds at the bandwidth limit until what is pending
 * fits in the maximum downtime at the measured rate, then an unlimited final copy. Reports
 * non-convergence; optional auto-converge throttling and management timeout.
 */
public final class PreCopyMigration implements MigrationAlgorithm {

    /** Switchover reason: what was pending fit in the downtime target. */
    public static final String REASON_DOWNTIME_TARGET = "downtime-target";
    /** Switchover reason: the round cap was reached ({@link QemuParameters#maxRounds()}). */
    public static final String REASON_ROUND_CAP = "round-cap";
    /** Switchover reason: the management timeout paused the guest. */
    public static final String REASON_TIMEOUT = "timeout";
    /** MESSAGE reason: rounds stopped shrinking and nothing can make them. */
    public static final String WARNING_NON_CONVERGING = "non-converging";

    /** QEMU's default maximum downtime, 300 ms (qemu-precopy.md), nanoseconds. */
    public static final long DEFAULT_MAX_DOWNTIME = 300_000_000L;

    private final QemuParameters parameters;

    /** Pre-copy with {@link QemuParameters#defaults()}. */
    public PreCopyMigration() {
        this(QemuParameters.defaults());
    }

    /** Pre-copy with the given parameters. */
    public PreCopyMigration(QemuParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** The parameters. */
    public QemuParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return "pre-copy";
    }

    @Override
    public Map<String, Object> startAttributes() {
        return qemuStartAttributes(parameters);
    }

    @Override
    public MigrationProcess start(MigrationContext context) {
        FlowTransport transport = new FlowTransport(context, parameters.wire(), parameters.deviceStateBytes());
        return new QemuPreCopyProcess(context, parameters, transport).begin(parameters.setupTime());
    }

    /** MIGRATION_START attributes of an algorithm with QEMU semantics. */
    static Map<String, Object> qemuStartAttributes(QemuParameters parameters) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(Attribute.MAX_DOWNTIME, parameters.maxDowntime());
        if (Double.isFinite(parameters.bandwidthLimit())) {
            attributes.put(Attribute.BANDWIDTH_LIMIT, parameters.bandwidthLimit());
        }
        return attributes;
    }
}
