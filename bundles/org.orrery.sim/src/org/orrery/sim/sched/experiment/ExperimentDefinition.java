package org.orrery.sim.sched.experiment;

import java.util.List;

/**
 * A whole experiment: the variants of a host set-up to compare under each policy, each run
 * {@code runs} times with seeds {@code seed, seed+1, ...}.
 *
 * @param name           file-safe name, used for the CSV files
 * @param title          what the experiment is, for people
 * @param policies       policy names (see org.orrery.sim.sched.Policies)
 * @param runs           repetitions per variant and policy
 * @param seed           master seed of the first repetition
 * @param duration       simulated time limit, nanoseconds
 * @param untilFinished  stop a run early once every measured VM has finished its work
 * @param variants       the set-ups, one per combination of the file's {@code vary} values
 */
public record ExperimentDefinition(String name, String title, List<String> policies, int runs, long seed,
        long duration, boolean untilFinished, List<Variant> variants) {

    /**
     * One combination of the varied values.
     *
     * @param label e.g. {@code disturbers=3}, empty when nothing varies
     * @param host  the set-up
     */
    public record Variant(String label, HostSpec host) {
    }

    public ExperimentDefinition {
        policies = List.copyOf(policies);
        variants = List.copyOf(variants);
        if (runs < 1 || duration <= 0 || policies.isEmpty() || variants.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs runs >= 1, a positive duration, policies and a set-up");
        }
    }
}
