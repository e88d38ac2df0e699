/**
 * CPU scheduling of one virtualised host: per-pCPU CFS run queues kept as red-black trees with
 * order statistics (rb_index, the scheduling ordinate), a load balancer with soft affinity, and
 * pluggable co-scheduling policies (DFT, BAL, SBCO, PROCCO, CPUCO) after {@code spec/sbco.md}.
 * Plain objects only: the hot loop never touches EMF.
 */
package org.orrery.sim.sched;
