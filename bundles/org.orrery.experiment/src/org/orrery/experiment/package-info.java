/**
 * Experiments on the simulator: {@link org.orrery.experiment.PlanRun} plays a plan bridged from a
 * model file, {@link org.orrery.experiment.ExperimentRunner} the built-in demonstration of random
 * migrations; both with progress and cancellation for whoever drives them (the headless
 * application, a workbench job). A plan run's driver also paces it for live views.
 */
package org.orrery.experiment;
