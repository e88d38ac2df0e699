package org.orrery.experiment.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.orrery.experiment.PlanResult;
import org.orrery.experiment.plan.MigrationPolicy;
import org.orrery.experiment.plan.PlanStep;
import org.orrery.sim.param.ParameterInfo;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.io.Json;

/**
 * What a run did, for people ({@link #text()}, summary.txt) and programs ({@link #json()},
 * summary.json; FORMATS.md describes it). Made from the run's result and telemetry only, never
 * from the wall clock, so the same run gives the same bytes.
 *
 * @param run        what describes the run: model file, experiment, seed, duration
 * @param result     the run's counts
 * @param migrations every migration, in the order they started
 * @param notes      what the bridge left out or assumed
 */
public record RunSummary(Map<String, Object> run, PlanResult result, List<MigrationRecord> migrations,
        List<String> notes) {

    /** The format's name in summary.json. */
    public static final String FORMAT = "orrery-run-summary";
    /** Version of summary.json's layout. */
    public static final int VERSION = 1;

    public RunSummary {
        run = Map.copyOf(run);
        migrations = List.copyOf(migrations);
        notes = List.copyOf(notes);
    }

    /** The summary of the run {@code result} that wrote {@code store}. */
    public static RunSummary of(Map<String, Object> run, PlanResult result, TelemetryStore store, List<String> notes) {
        return new RunSummary(run, result, MigrationRecord.collect(store), notes);
    }

    /** summary.json: one JSON object, keys in a fixed order, a final newline. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("run", new TreeMap<>(run));
        root.put("cancelled", result.cancelled());
        root.put("endTime", result.endTime());
        root.put("events", result.events());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("started", result.started());
        counts.put("completed", result.completed());
        counts.put("failed", result.failed());
        counts.put("unfinished", result.unfinished());
        counts.put("skipped", result.skipped());
        root.put("counts", counts);
        root.put("policy", migrates() ? policy(result.plan().migration()) : null);
        List<Object> list = new ArrayList<>();
        for (MigrationRecord m : migrations) {
            list.add(migration(m));
        }
        root.put("migrations", list);
        root.put("notes", notes);
        return Json.toText(root) + "\n";
    }

    /** Whether the plan has a step that migrates: only then does its migration policy matter. */
    private boolean migrates() {
        return result.plan().steps().stream().anyMatch(PlanStep.Migrate.class::isInstance);
    }

    private static Map<String, Object> policy(MigrationPolicy policy) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("label", policy.label());
        p.put("implementation", policy.implementation());
        p.put("parameters", ParameterInfo.summary(policy.parameters()));
        return p;
    }

    private Map<String, Object> migration(MigrationRecord m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("vm", m.subject());
        o.put("source", m.startText(Attribute.SOURCE));
        o.put("destination", m.startText(Attribute.DESTINATION));
        o.put("algorithm", m.startText(Attribute.ALGORITHM));
        o.put("start", m.startTime());
        o.put("end", m.end() == null ? null : m.end().time());
        o.put("outcome", m.outcome().name().toLowerCase(Locale.ROOT));
        TelemetryEvent end = m.end();
        o.put("totalTime", end == null ? null : end.attributes().get(Attribute.TOTAL_TIME));
        o.put("downtime", end == null ? null : end.attributes().get(Attribute.DOWNTIME));
        o.put("rounds", end == null ? (long) m.rounds().size() : end.attributes().get(Attribute.ROUNDS));
        o.put("totalBytes", end == null ? null : end.attributes().get(Attribute.TOTAL_BYTES));
        o.put("reason", end == null ? null : end.text(Attribute.REASON));
        return o;
    }

    /** summary.txt: a few lines and a table of the migrations. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(NLS.bind(Messages.Summary_title, run.get("experiment"), run.get("model"))).append('\n');
        out.append(NLS.bind(Messages.Summary_run, new Object[] {run.get("seed"),
                format("%.3f", result.endTime() / 1e9), result.events()})).append('\n');
        if (result.cancelled()) {
            out.append(Messages.Summary_cancelled).append('\n');
        }
        out.append(NLS.bind(Messages.Summary_counts, new Object[] {result.started(), result.completed(),
                result.failed(), result.unfinished(), result.skipped()})).append('\n');
        if (migrates()) {
            MigrationPolicy policy = result.plan().migration();
            out.append(NLS.bind(Messages.Summary_policy, policy.label(), policy.implementation())).append('\n');
            for (ParameterInfo info : policy.parameters()) {
                out.append(NLS.bind(Messages.Summary_parameter, new Object[] {info.name(), info.value(),
                    info.unit(), info.assumption() ? Messages.Summary_assumption : ""}).stripTrailing()).append('\n');
            }
        }
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(Messages.Summary_header.split("\\|"));
        for (MigrationRecord m : migrations) {
            TelemetryEvent end = m.end();
            String outcome = switch (m.outcome()) {
                case COMPLETED -> Messages.Outcome_completed;
                case FAILED -> Messages.Outcome_failed;
                case UNFINISHED -> Messages.Outcome_unfinished;
            };
            String reason = end == null ? null : end.text(Attribute.REASON);
            rows.add(new String[] {m.subject(), m.startText(Attribute.SOURCE), m.startText(Attribute.DESTINATION),
                m.startText(Attribute.ALGORITHM), format("%.3f", m.startTime() / 1e9),
                end == null ? "" : format("%.3f", end.number(Attribute.TOTAL_TIME, Double.NaN) / 1e9),
                end == null ? "" : format("%.1f", end.number(Attribute.DOWNTIME, Double.NaN) / 1e6),
                Long.toString(end == null ? m.rounds().size() : (long) end.number(Attribute.ROUNDS, 0)),
                end == null ? "" : format("%.1f", end.number(Attribute.TOTAL_BYTES, Double.NaN) / 1e6),
                reason == null ? outcome : outcome + " (" + reason + ")"});
        }
        if (migrations.isEmpty()) {
            out.append(Messages.Summary_none).append('\n');
        } else {
            table(out, rows);
        }
        if (!notes.isEmpty()) {
            out.append('\n').append(Messages.Summary_notes).append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], String.valueOf(row[c]).length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(String.valueOf(row[c]));
                if (c + 1 < row.length) {
                    line.append(" ".repeat(widths[c] - String.valueOf(row[c]).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
