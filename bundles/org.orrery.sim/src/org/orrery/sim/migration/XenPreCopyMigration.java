package org.orrery.sim.migration;

import java.util.Objects;

/**
 * Pre-copy live migration with Xen 3.x semantics (violin.md; see {@link XenPreCopyProcess}):
 * rounds until a round cap, a minimum-pages round or a total-data cap, then a paused last copy.
 */
public final class XenPreCopyMigration implements MigrationAlgorithm {

    /** Switchover reason: the round cap was reached. */
    public static final String REASON_ROUND_CAP = XenPreCopyProcess.REASON_ROUND_CAP;
    /** Switchover reason: a round sent fewer than the minimum pages. */
    public static final String REASON_MIN_PAGES = XenPreCopyProcess.REASON_MIN_PAGES;
    /** Switchover reason: all rounds together sent more than the data cap. */
    public static final String REASON_DATA_CAP = XenPreCopyProcess.REASON_DATA_CAP;

    private final XenParameters parameters;

    /** Xen pre-copy with {@link XenParameters#defaults()}. */
    public XenPreCopyMigration() {
        this(XenParameters.defaults());
    }

    /** Xen pre-copy with the given parameters. */
    public XenPreCopyMigration(XenParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** The parameters. */
    public XenParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return "xen-pre-copy";
    }

    @Override
    public MigrationProcess start(MigrationContext context) {
        FlowTransport transport = new FlowTransport(context, parameters.wire(), parameters.deviceStateBytes());
        return new XenPreCopyProcess(context, parameters, transport).begin(parameters.setupTime());
    }
}
