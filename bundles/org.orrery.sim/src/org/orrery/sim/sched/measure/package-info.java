/**
 * What the SBCO experiments measure: stacking and scheduling distance of siblings sampled at a
 * fixed interval, per-VM run time T_vm and fairness lag over windows, and counters of scheduler
 * decisions (switches, skips, loans, debts, IPIs, migrations, lock-holder preemptions).
 */
package org.orrery.sim.sched.measure;
