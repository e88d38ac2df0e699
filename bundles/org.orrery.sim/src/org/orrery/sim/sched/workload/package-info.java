/**
 * Workload models of sbco.md's benchmarks, in the terms a vCPU sees (items of CPU work, halts,
 * kicks): Kernbench (a parallel build), SPECjbb (independent warehouse threads), PARSEC's
 * barrier and pipeline kinds, NPB (barrier phases, for fairness), and CPU hogs (SuperPI
 * disturbers, hogs named like vCPU threads). Every size and rate is a parameter whose default is
 * an assumption, since the source gives none; {@link org.orrery.sim.sched.workload.Workloads}
 * lists them.
 */
package org.orrery.sim.sched.workload;
