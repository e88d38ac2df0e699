package org.orrery.sim.migration;

import java.util.Objects;

import org.orrery.sim.SimEvent;
import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.network.Flow;
import org.orrery.sim.network.Route;

/**
 * Post-copy live migration (riteau.md): pause, send the CPU and device state, resume the VM at
 * the destination at once; then push all memory in the background while the running guest
 * fetches the pages it touches before they arrive (demand faults). Downtime is the state
 * transfer; the cost moves to the faults, each a round trip during which a vCPU waits.
 * <p>
 * Model: every accounting interval, the pages the guest touches for the first time since it
 * resumed (the distinct pages its memory profile dirties, an assumption: reads are not modelled)
 * fault in the share still missing at the destination; those pages go as a separate flow and are
 * dropped from the push. Each interval is reported as a round: bytes pushed and faulted, what is
 * left, faulted pages as {@code pagesPulled}. The migration ends when the push and every fault
 * have landed.
 */
public final class PostCopyMigration implements MigrationAlgorithm {

    /** Switchover reason. */
    public static final String REASON = "post-copy";

    private final PostCopyParameters parameters;

    /** Post-copy with {@link PostCopyParameters#defaults()}. */
    public PostCopyMigration() {
        this(PostCopyParameters.defaults());
    }

    /** Post-copy with the given parameters. */
    public PostCopyMigration(PostCopyParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public String name() {
        return "post-copy";
    }

    @Override
    public MigrationProcess start(MigrationContext context) {
        Process process = new Process(context, parameters);
        context.schedule(parameters.setupTime(), sim -> process.pause());
        return process;
    }

    private static final class Process implements MigrationProcess {

        private final MigrationContext context;
        private final PostCopyParameters parameters;
        private final WireFormat wire;
        private final GuestMemory memory;
        private final Route route;
        private final FlowTransport state;
        private Flow push;
        private double faultBytesSent;
        private int faultsInFlight;
        private long resumedAt;
        private long lastTick;
        private double lastSent;
        private long touchedSoFar;
        private long faultedPages;
        private SimEvent tick;
        private boolean completing;

        Process(MigrationContext context, PostCopyParameters parameters) {
            this.context = context;
            this.parameters = parameters;
            this.wire = parameters.wire();
            this.memory = context.request().memory();
            this.route = context.request().route();
            this.state = new FlowTransport(context, wire, parameters.deviceStateBytes());
        }

        void pause() {
            double bytes = parameters.deviceStateBytes();
            context.pause(REASON, Math.round(bytes), RoundReport.downtimeAt(bytes, context.network().bottleneck(route))
                    + context.network().latency(route));
            state.deliver(0, Double.POSITIVE_INFINITY, this::resume);
        }

        private void resume() {
            context.resumeAtDestination();
            resumedAt = context.now();
            lastTick = resumedAt;
            push = context.network().start(wire.firstRoundBytes(memory), route, parameters.bandwidthLimit(),
                    done -> maybeDone());
            tick = context.schedule(parameters.accountingInterval(), sim -> account());
        }

        /** Faults in the pages first touched since the last tick that have not arrived yet. */
        private void account() {
            long now = context.now();
            long touched = memory.dirtiedBytes(resumedAt, now, 1);
            long newlyTouched = touched - touchedSoFar;
            touchedSoFar = touched;
            double used = memory.writableBytes();
            double present = used <= 0 ? 1 : Math.min(1, (pushedDataBytes() + faultedPages * wire.pageSize()) / used);
            long faults = push.isActive() ? wire.pagesOf(Math.round(newlyTouched * (1 - present))) : 0;
            if (faults > 0) {
                double bytes = wire.wholePagesBytes(faults);
                push.shrink(bytes);
                faultedPages += faults;
                faultsInFlight++;
                context.network().start(bytes, route, done -> {
                    faultBytesSent += done.sent();
                    faultsInFlight--;
                    maybeDone();
                });
            }
            double sent = bytesSent();
            double interval = (now - lastTick) / 1e9;
            RoundReport report = new RoundReport(Math.round(sent - lastSent), Math.round(push.remaining()),
                    newlyTouched / interval, push.rate());
            context.round(report.withPages(new PageCounts(0, 0, faults, 0)));
            lastTick = now;
            lastSent = sent;
            tick = push.isActive() ? context.schedule(parameters.accountingInterval(), sim -> account()) : null;
        }

        /** Non-zero memory the push has delivered so far, bytes (zero-page markers excluded). */
        private double pushedDataBytes() {
            double zeroMarkers = (double) wire.zeroPages(memory) * wire.zeroPageBytes();
            double pushedWire = push.sent();
            double dataWire = Math.max(0, pushedWire - zeroMarkers * (pushedWire / push.size()));
            return dataWire * wire.pageSize() / wire.fullPageBytes();
        }

        private void maybeDone() {
            if (push.isActive() || faultsInFlight > 0 || completing || context.isFinished()) {
                return;
            }
            completing = true;
            context.unschedule(tick);
            context.schedule(context.network().latency(route), sim -> context.complete(REASON));
        }

        @Override
        public double bytesSent() {
            return state.totalSent() + (push == null ? 0 : push.sent()) + faultBytesSent;
        }

        @Override
        public void cancel() {
            state.cancel();
            context.unschedule(tick);
            if (push != null) {
                push.cancel();
            }
        }
    }
}
