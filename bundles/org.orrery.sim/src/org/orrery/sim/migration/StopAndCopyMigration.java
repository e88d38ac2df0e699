package org.orrery.sim.migration;

import java.util.Objects;

/**
 * Pause the VM at once and copy all of its memory: the shortest total time and the largest
 * downtime (memory / bandwidth + latency). The baseline every live algorithm is compared with.
 */
public final class StopAndCopyMigration implements MigrationAlgorithm {

    /** Reported as the switchover reason. */
    public static final String REASON = "stop-and-copy";

    private final WireFormat wire;

    /** Stop-and-copy sending every page whole ({@link WireFormat#RAW}). */
    public StopAndCopyMigration() {
        this(WireFormat.RAW);
    }

    /** Stop-and-copy with the given page encoding (e.g. zero pages as markers). */
    public StopAndCopyMigration(WireFormat wire) {
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    @Override
    public String name() {
        return "stop-and-copy";
    }

    @Override
    public MigrationProcess start(MigrationContext context) {
        FlowTransport transport = new FlowTransport(context, wire, 0);
        double bytes = wire.firstRoundBytes(context.request().memory());
        context.pause(REASON, Math.round(bytes), RoundReport.downtimeAt(bytes, context.network().bottleneck(context.request().route()))
                + context.network().latency(context.request().route()));
        transport.deliver(bytes, Double.POSITIVE_INFINITY, () -> context.complete(REASON));
        return new MigrationProcess() {
            @Override
            public double bytesSent() {
                return transport.totalSent();
            }

            @Override
            public void cancel() {
                transport.cancel();
            }
        };
    }
}
