/**
 * The SBCO experiments as files: a small line format describing a host, its VMs and workloads,
 * the policies to compare, the runs and the variations ({@link
 * org.orrery.sim.sched.experiment.DefinitionParser}); a runner that plays every combination
 * headless and writes CSV ({@link org.orrery.sim.sched.experiment.SchedExperiment}); and the
 * command line ({@link org.orrery.sim.sched.experiment.SchedExperimentMain}).
 */
package org.orrery.sim.sched.experiment;
