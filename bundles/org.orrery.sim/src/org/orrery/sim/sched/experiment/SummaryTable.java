package org.orrery.sim.sched.experiment;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.orrery.sim.sched.measure.Stats;

/** A plain-text table of the headline metrics, one row per variant and policy (means over runs). */
final class SummaryTable {

    private static final String[][] COLUMNS = {{"completion_s", "done s"}, {"throughput_per_s", "tput/s"},
            {"context_switches_per_s", "cs/s"}, {"spin_wasted_s", "spin s"}, {"stacking_probability", "P(stack)"},
            {"distance_probability", "P(d>=D)"}, {"skips", "skips"}, {"ipis", "IPIs"}, {"lag_1s_ms", "lag1s ms"},
            {"lag_5s_ms", "lag5s ms"}, {"lag_120s_ms", "lag120 ms"}, {"max_wait_ms", "maxwait ms"}};

    private SummaryTable() {
    }

    static String render(ExperimentDefinition def, List<SchedExperiment.Run> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %-7s", "variant", "policy"));
        for (String[] c : COLUMNS) {
            sb.append(String.format(Locale.ROOT, " %10s", c[1]));
        }
        sb.append('\n');
        for (Map.Entry<String, List<SchedExperiment.Run>> g : SchedExperiment.groups(runs).entrySet()) {
            SchedExperiment.Run first = g.getValue().get(0);
            sb.append(String.format(Locale.ROOT, "%-28s %-7s", first.variant().isEmpty() ? "-" : first.variant(),
                    first.policy()));
            for (String[] c : COLUMNS) {
                double mean = Stats.mean(SchedExperiment.values(g.getValue(), c[0]));
                sb.append(String.format(Locale.ROOT, " %10s", Double.isNaN(mean) ? "-" : format(mean)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String format(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
