package org.orrery.sim.migration;

import java.util.Optional;

import org.orrery.sim.SimEvent;
import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.network.Flow;
import org.orrery.sim.network.Route;

/**
 * Plain page transport: each round is one flow over the migration's route, its pages encoded by
 * a {@link WireFormat}; the final copy adds the device state and lands one route latency after
 * its last byte leaves.
 */
final class FlowTransport implements PageTransport {

    private final MigrationContext context;
    private final WireFormat wire;
    private final long deviceStateBytes;
    private final GuestMemory memory;
    private final Route route;
    private Flow flow;
    private double completedBytes;
    private SimEvent delivery;

    FlowTransport(MigrationContext context, WireFormat wire, long deviceStateBytes) {
        this.context = context;
        this.wire = wire;
        this.deviceStateBytes = deviceStateBytes;
        this.memory = context.request().memory();
        this.route = context.request().route();
    }

    @Override
    public void sendRound(boolean wholeMemory, long dirtyPages, double cap, Runnable whenSent) {
        double bytes = wholeMemory ? wire.firstRoundBytes(memory) : wire.wholePagesBytes(dirtyPages);
        flow = context.network().start(bytes, route, cap, done -> {
            completedBytes += done.sent();
            whenSent.run();
        });
    }

    /** Sends {@code bytes} (the device state added) and calls {@code delivered} when they have landed. */
    void deliver(double bytes, double cap, Runnable delivered) {
        flow = context.network().start(bytes + deviceStateBytes, route, cap, done -> {
            completedBytes += done.sent();
            delivery = context.schedule(context.network().latency(route), sim -> delivered.run());
        });
    }

    @Override
    public double unsent() {
        return flow != null && flow.isActive() ? flow.remaining() : 0;
    }

    @Override
    public double roundSent() {
        return flow == null ? 0 : flow.sent();
    }

    @Override
    public double rate() {
        return flow != null && flow.rate() > 0 ? flow.rate() : context.network().bottleneck(route);
    }

    @Override
    public Optional<PageCounts> roundPages() {
        return Optional.empty();
    }

    @Override
    public double dirtyBytes(long pages) {
        return wire.wholePagesBytes(pages);
    }

    @Override
    public void finish(long dirtyPages, double cap, Runnable delivered) {
        double rest = stopFlow();
        deliver(rest + wire.wholePagesBytes(dirtyPages), cap, delivered);
    }

    @Override
    public double totalSent() {
        return completedBytes + (flow != null && flow.isActive() ? flow.sent() : 0);
    }

    @Override
    public void cancel() {
        stopFlow();
        context.unschedule(delivery);
    }

    /** Cancels the current flow, keeping what it sent; returns what it had left. */
    private double stopFlow() {
        if (flow == null || !flow.isActive()) {
            return 0;
        }
        double rest = flow.remaining();
        completedBytes += flow.sent();
        flow.cancel();
        return rest;
    }
}
