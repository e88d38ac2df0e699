package org.orrery.libvirt.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.event.DomainEvent;
import org.libvirt.event.DomainEventType;
import org.libvirt.event.LifecycleListener;
import org.orrery.libvirt.LibvirtTelemetry;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.LifecycleState;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * Writes libvirt's domain life-cycle events of one host into telemetry as LIFECYCLE events about
 * {@code vm/NAME}, with attributes {@code host} (the URI), {@code event} and {@code detail}
 * (libvirt's names, e.g. STARTED / BOOTED) and {@code state}, the state the event leaves the domain
 * in: DEFINED → defined, UNDEFINED → undefined, STARTED and RESUMED → running, SUSPENDED → paused,
 * SHUTDOWN → shutting-down, STOPPED → shut-off, CRASHED → crashed, PMSUSPENDED → pm-suspended.
 * <p>
 * Runs on the event-loop thread and does nothing but append to the store: no libvirt call that
 * could wait on the loop it is running on.
 */
final class LifecycleForwarder implements LifecycleListener {

    private final String uri;
    private final TelemetryStore telemetry;
    private final LongSupplier clock;

    LifecycleForwarder(String uri, TelemetryStore telemetry, LongSupplier clock) {
        this.uri = uri;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    @Override
    public int onLifecycleChange(Domain domain, DomainEvent event) {
        String name;
        try {
            // the name is cached in the domain object: no round trip
            name = domain.getName();
        } catch (LibvirtException e) {
            return 0;
        } finally {
            free(domain);
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Attribute.HOST, uri);
        attributes.put(Attribute.EVENT, event.getType().name());
        Object detail = event.getDetail();
        if (detail != null) {
            attributes.put(Attribute.DETAIL, detail.toString());
        }
        String state = stateAfter(event.getType());
        if (state != null) {
            attributes.put(Attribute.STATE, state);
        }
        telemetry.append(new TelemetryEvent(clock.getAsLong(), EventKind.LIFECYCLE, LibvirtTelemetry.vm(name), attributes));
        return 0;
    }

    private static String stateAfter(DomainEventType type) {
        return switch (type) {
            case DEFINED -> LifecycleState.DEFINED;
            case UNDEFINED -> LifecycleState.UNDEFINED;
            case STARTED, RESUMED -> LifecycleState.RUNNING;
            case SUSPENDED -> LifecycleState.PAUSED;
            case SHUTDOWN -> LifecycleState.SHUTTING_DOWN;
            case STOPPED -> LifecycleState.SHUT_OFF;
            case CRASHED -> LifecycleState.CRASHED;
            case PMSUSPENDED -> LifecycleState.PM_SUSPENDED;
            default -> null;
        };
    }

    private static void free(Domain domain) {
        try {
            // libvirt-java took a reference for this callback
            domain.free();
        } catch (LibvirtException e) {
            // nothing to do: the reference is lost either way
        }
    }
}
