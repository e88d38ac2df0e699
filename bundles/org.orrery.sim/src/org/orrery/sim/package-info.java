/**
 * The discrete-event kernel: a nanosecond clock, a future-event queue with a deterministic
 * tie-break, entities that react to events, named seeded random streams, and batch or stepped
 * runs that report into a telemetry store.
 */
package org.orrery.sim;
