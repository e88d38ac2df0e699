package org.orrery.sim.migration;

import java.util.Objects;

import org.orrery.sim.SimEvent;
import org.orrery.sim.network.Flow;
import org.orrery.sim.network.Route;

/**
 * Application-level migration of one actor between actor runtimes (COS, cos.md). The request's
 * subject is the actor, its hosts are those of the two runtimes, its memory the actor's state
 * (dirtying is irrelevant: the actor stops processing messages while it moves).
 * <p>
 * Cost model: the actor is unavailable throughout (its "downtime" is the whole move): the
 * runtimes' fixed overhead, serializing the state, the protocol's round trips, then the state in
 * acknowledged messages, so on a long route the transfer is bounded by one message per round trip
 * rather than by bandwidth (it still shares the links with everything else).
 */
public final class ActorMigration implements MigrationAlgorithm {

    /** Switchover reason. */
    public static final String REASON = "actor-migration";

    private final ActorMigrationParameters parameters;

    /** Actor migration with {@link ActorMigrationParameters#defaults()}. */
    public ActorMigration() {
        this(ActorMigrationParameters.defaults());
    }

    /** Actor migration with the given parameters. */
    public ActorMigration(ActorMigrationParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public String name() {
        return "actor";
    }

    @Override
    public MigrationProcess start(MigrationContext context) {
        Route route = context.request().route();
        long bytes = context.request().memoryBytes();
        long roundTrip = context.network().roundTrip(route);
        double messageRate = roundTrip > 0 ? parameters.messageBytes() / (roundTrip / 1e9) : Double.POSITIVE_INFINITY;
        long prepare = parameters.runtimeOverhead() + (long) Math.ceil(bytes / parameters.serializationRate() * 1e9)
                + parameters.controlRoundTrips() * roundTrip;
        long expected = prepare + RoundReport.downtimeAt(bytes, Math.min(messageRate, context.network().bottleneck(route)))
                + context.network().latency(route);
        context.pause(REASON, bytes, expected);
        Process process = new Process(context);
        process.step = context.schedule(prepare, sim -> process.transfer(bytes, route, messageRate));
        return process;
    }

    private static final class Process implements MigrationProcess {
        private final MigrationContext context;
        private SimEvent step;
        private Flow flow;
        private double sent;

        Process(MigrationContext context) {
            this.context = context;
        }

        void transfer(long bytes, Route route, double messageRate) {
            flow = context.network().start(bytes, route, messageRate, done -> {
                sent = done.sent();
                step = context.schedule(context.network().latency(route), sim -> context.complete(REASON));
            });
        }

        @Override
        public double bytesSent() {
            return flow == null ? 0 : flow.isActive() ? flow.sent() : sent;
        }

        @Override
        public void cancel() {
            context.unschedule(step);
            if (flow != null) {
                flow.cancel();
            }
        }
    }
}
