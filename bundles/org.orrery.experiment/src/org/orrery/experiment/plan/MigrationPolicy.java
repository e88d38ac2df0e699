package org.orrery.experiment.plan;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.orrery.sim.migration.MigrationAlgorithm;
import org.orrery.sim.param.ParameterInfo;

/**
 * The migration algorithm a plan uses, with its parameters resolved.
 *
 * @param label          where it came from, for messages and summaries (e.g. the policy's name)
 * @param implementation its identifier, e.g. {@code precopy-qemu}
 * @param algorithm      makes the algorithm; called once per run, whose migrations then share the
 *                       instance (Shrinker's migrations share their deduplication services)
 * @param parameters     every parameter with the value used, given or default, and whether that is
 *                       an assumption; for summaries and views
 */
public record MigrationPolicy(String label, String implementation, Supplier<MigrationAlgorithm> algorithm,
        List<ParameterInfo> parameters) {

    public MigrationPolicy {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(algorithm, "algorithm");
        parameters = List.copyOf(parameters);
    }
}
