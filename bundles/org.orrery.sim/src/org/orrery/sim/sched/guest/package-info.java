/**
 * The guest side of a vCPU: its work (a {@link org.orrery.sim.sched.guest.Workload}), its
 * progress while it holds a pCPU, and the guest kernel's spin locks, so that a vCPU preempted in
 * a critical section leaves its siblings spinning (lock-holder preemption). Calibrated from the
 * lock table of sbco.md ({@link org.orrery.sim.sched.guest.LockProfile}).
 */
package org.orrery.sim.sched.guest;
