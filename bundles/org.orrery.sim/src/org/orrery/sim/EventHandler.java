package org.orrery.sim;

/** What happens when a scheduled event fires; runs on the thread driving the simulation. */
@FunctionalInterface
public interface EventHandler {

    /** Called once, with the clock set to the event's time. */
    void fire(Simulation simulation);
}
