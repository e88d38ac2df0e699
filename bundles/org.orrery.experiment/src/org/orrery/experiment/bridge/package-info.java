/**
 * The bridge between the EMF model and the simulator: a model's experiment becomes a plain
 * {@link org.orrery.experiment.plan.RunPlan} (with messages naming the elements it cannot use),
 * and a run's result series go back into the model.
 */
package org.orrery.experiment.bridge;
