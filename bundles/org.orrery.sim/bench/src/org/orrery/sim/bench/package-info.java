/**
 * Benchmark harnesses of the simulator (run by {@code bench/run.sh}, not part of the bundle): the
 * scale scenario of issue 4 and what they print about the machine and the heap.
 */
package org.orrery.sim.bench;
