package org.orrery.sim.phone;

import java.util.Map;

import org.orrery.sim.network.Flow;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;

/**
 * Data on its way between a phone instance and its clone over the phone's Wi-Fi: a sync's up or
 * down part, a checkpoint upload, forwarded input. Each stretch on the air is one flow of the
 * network and one {@code SYNC_TRANSFER} event (bytes that left, duration, direction, chunks).
 * <p>
 * A drop (the link, or the phone) stops the flow. Resuming, as the real engine's staging pack does:
 * the receiver keeps every whole chunk that arrived, so after the negotiation's round trips only
 * the rest is sent, plus the chunk that was cut ({@code sent mod meanChunkBytes} bytes, resent).
 * Input events ({@code resumable} false) are small and resent whole. The data lands one link
 * latency after its last byte left.
 */
final class Transfer {

    private final PhoneSim phone;
    private final PhoneInstanceSim owner;
    private final String direction;
    private final long chunks;
    private final boolean resumable;
    private final Runnable landed;
    private double remaining;
    private Flow flow;
    private long legStart;
    private boolean done;

    Transfer(PhoneSim phone, PhoneInstanceSim owner, String direction, long bytes, long chunks, boolean resumable,
            Runnable landed) {
        this.phone = phone;
        this.owner = owner;
        this.direction = direction;
        this.remaining = bytes;
        this.chunks = chunks;
        this.resumable = resumable;
        this.landed = landed;
    }

    /** Puts the next stretch on the air now. */
    void begin() {
        legStart = phone.simulation().now();
        phone.flowStarted(this);
        flow = phone.network().start(remaining, phone.route(), f -> {
            report(remaining, null);
            remaining = 0;
            flow = null;
            phone.flowEnded(this);
            phone.simulation().schedule(phone.latency(), s -> {
                if (!phone.failed() && !done) {
                    done = true;
                    landed.run();
                }
            });
        });
    }

    /** The link dropped (or the phone died): stop, keeping what the receiver has staged. */
    void interrupt() {
        if (flow == null || !flow.isActive()) {
            return;
        }
        double sent = flow.sent();
        flow.cancel();
        flow = null;
        report(sent, "wifi-drop");
        phone.flowEnded(this);
        double cut = resumable ? sent % phone.parameters().transfer().meanChunkBytes() : sent;
        remaining = remaining - sent + cut;
        owner.resent(cut);
    }

    /** The link is back: negotiate again, then send the rest. */
    void resume() {
        long negotiate = (long) phone.parameters().negotiateRoundTrips() * 2 * phone.latency();
        phone.simulation().schedule(negotiate, s -> {
            if (phone.failed() || done || flow != null || !owner.wants(this)) {
                return;
            }
            if (phone.connected()) {
                begin();
            } else {
                phone.requeue(this); // dropped again while negotiating
            }
        });
    }

    private void report(double bytes, String reason) {
        long duration = phone.simulation().now() - legStart;
        Map<String, Object> a = reason == null
                ? Map.of(Attribute.BYTES, Math.round(bytes), Attribute.DURATION, duration, Attribute.DIRECTION, direction,
                        Attribute.CHUNKS, chunks)
                : Map.of(Attribute.BYTES, Math.round(bytes), Attribute.DURATION, duration, Attribute.DIRECTION, direction,
                        Attribute.CHUNKS, chunks, Attribute.REASON, reason);
        phone.simulation().emit(EventKind.SYNC_TRANSFER, owner.subject(), a);
        owner.transferred(direction, bytes);
    }
}
