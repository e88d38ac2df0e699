package org.orrery.experiment.plan;

import java.util.List;
import java.util.Objects;

import org.orrery.sim.param.ParameterInfo;
import org.orrery.sim.sched.experiment.ExperimentDefinition;
import org.orrery.sim.sched.experiment.HostSpec;

/**
 * A run-queue experiment of a model (sbco.md): one host's vCPUs scheduled under one policy,
 * repeated with consecutive seeds. {@link org.orrery.experiment.bridge.ModelBridge} makes one from
 * an experiment with a scheduler policy; {@link org.orrery.experiment.SchedRun} plays it.
 *
 * @param name           file-safe name, used for the CSV files
 * @param title          the experiment's name, for people
 * @param host           telemetry subject of the host
 * @param policy         the simulator's policy name (DFT, BAL, SBCO, PROCCO, CPUCO)
 * @param policyLabel    the model's name for the policy
 * @param implementation the model's implementation identifier, e.g. {@code sbco}
 * @param runs           repetitions, with seeds {@code seed, seed + 1, ...}
 * @param seed           seed of the first repetition
 * @param duration       simulated time limit of a run, nanoseconds (a run ends sooner once its
 *                       measured VMs have finished their work)
 * @param spec           the host, its tunables and its VMs with their workloads
 * @param parameters     the policy's parameters with the values used, for the summary
 */
public record SchedPlan(String name, String title, String host, String policy, String policyLabel,
        String implementation, int runs, long seed, long duration, HostSpec spec, List<ParameterInfo> parameters) {

    public SchedPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(spec, "spec");
        parameters = List.copyOf(parameters);
        if (runs < 1 || duration <= 0) {
            throw new IllegalArgumentException(name + ": needs at least one run and a positive duration");
        }
    }

    /** The same plan with another first seed and, if positive, another duration. */
    public SchedPlan with(long newSeed, long newDuration) {
        return new SchedPlan(name, title, host, policy, policyLabel, implementation, runs, newSeed,
                newDuration > 0 ? newDuration : duration, spec, parameters);
    }

    /** The simulator's experiment: this host under this policy, each run stopping once the measured VMs are done. */
    public ExperimentDefinition definition() {
        return new ExperimentDefinition(name, title, List.of(policy), runs, seed, duration, true,
                List.of(new ExperimentDefinition.Variant("", spec)));
    }
}
