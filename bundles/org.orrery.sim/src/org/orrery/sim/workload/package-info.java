/**
 * What guests do over time, in closed form so a large population costs nothing between reads:
 * CPU load patterns such as a seeded sine wave.
 */
package org.orrery.sim.workload;
