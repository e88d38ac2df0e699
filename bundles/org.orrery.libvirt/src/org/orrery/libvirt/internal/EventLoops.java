package org.orrery.libvirt.internal;

/** The public door to {@link EventLoop}'s mode, for {@link org.orrery.libvirt.ConnectionManager}. */
public final class EventLoops {

    private EventLoops() {
    }

    /** See {@link org.orrery.libvirt.ConnectionManager#dispatchEventsOnApplicationMainLoop()}. */
    public static void useApplicationMainLoop() {
        EventLoop.useApplicationMainLoop();
    }
}
