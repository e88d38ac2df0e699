package org.orrery.experiment;

import java.util.Objects;

/**
 * A scenario, a seed and a duration: everything that decides a run. The same experiment always
 * produces the same telemetry.
 *
 * @param scenario what happens
 * @param seed     master seed of the run's random streams
 * @param duration simulated time to run, nanoseconds
 */
public record Experiment(Scenario scenario, long seed, long duration) {

    public Experiment {
        Objects.requireNonNull(scenario, "scenario");
        if (duration <= 0) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
    }
}
