/**
 * The discrete-event kernel: a nanosecond clock, a future-event queue with a deterministic
 * tie-break, entities that react to events, named seeded random streams, and runs that report
 * into a telemetry store: batch, or paced to the wall clock with pause, step and speed
 * ({@link org.orrery.sim.SimulationDriver}), with the same trace either way.
 */
package org.orrery.sim;
