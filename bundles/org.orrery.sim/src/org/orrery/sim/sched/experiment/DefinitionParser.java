package org.orrery.sim.sched.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orrery.sim.sched.Policies;

/**
 * Reads an experiment file. One setting per line, {@code #} starts a comment:
 * <pre>
 * name = kernbench-superpi             file-safe name (CSV file names)
 * title = Kernbench with SuperPI VMs   for people
 * pcpus = 8
 * policies = DFT BAL SBCO PROCCO CPUCO
 * runs = 5                             repetitions (seeds seed, seed+1, ...)
 * seed = 1
 * duration = 600s                      simulated time limit
 * until = finished                     stop once measured VMs are done (or: duration)
 * vary disturbers = 1 3                one variant per value (several vary lines: every combination)
 * host = alpha=0.6667 hotLocks=1       host settings, see HostSpec.from
 * vm kernbench = kernbench vcpus=4 measure      a VM: kind, vcpus, count=N, measure, workload settings
 * vm superpi = superpi vcpus=4 count=${disturbers}
 * </pre>
 * {@code ${name}} in a {@code host} or {@code vm} line takes the variant's value of {@code vary name}.
 */
public final class DefinitionParser {

    private DefinitionParser() {
    }

    /** Reads {@code file}; errors name the file and line. */
    public static ExperimentDefinition read(Path file) throws IOException {
        return parse(Files.readAllLines(file), file.getFileName().toString());
    }

    /** Parses the lines of an experiment file called {@code source} (for messages). */
    public static ExperimentDefinition parse(List<String> lines, String source) {
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, List<String>> vary = new LinkedHashMap<>();
        List<String[]> vmLines = new ArrayList<>();
        String hostLine = "";
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(source + ":" + number + ": expected 'key = value', got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.startsWith("vary ")) {
                vary.put(key.substring(5).strip(), words(value));
            } else if (key.startsWith("vm ")) {
                vmLines.add(new String[] {key.substring(3).strip(), value, source + ":" + number});
            } else if (key.equals("host")) {
                hostLine = value;
            } else if (settings.put(key, value) != null) {
                throw new IllegalArgumentException(source + ":" + number + ": '" + key + "' given twice");
            }
        }
        Options top = new Options(settings);
        String name = top.text("name", source.replaceFirst("\\.[^.]*$", ""));
        String title = top.text("title", name);
        int pcpus = top.integer("pcpus", 8);
        List<String> policies = words(top.text("policies", String.join(" ", Policies.NAMES)));
        for (String p : policies) {
            Policies.create(p, org.orrery.sim.sched.SbcoParameters.DEFAULTS); // fails early on a wrong name
        }
        int runs = top.integer("runs", 5);
        long seed = top.integer("seed", 1);
        long duration = top.nanos("duration", 600_000_000_000L);
        String until = top.text("until", "finished");
        if (!until.equals("finished") && !until.equals("duration")) {
            throw new IllegalArgumentException(source + ": until must be 'finished' or 'duration', not '" + until + "'");
        }
        top.checkAllUsed(source);

        List<ExperimentDefinition.Variant> variants = new ArrayList<>();
        for (Map<String, String> combination : combinations(vary)) {
            List<VmSpec> vms = new ArrayList<>();
            for (String[] vm : vmLines) {
                vms.add(vm(vm[0], substitute(vm[1], combination, vm[2]), vm[2]));
            }
            Options host = Options.parse(words(substitute(hostLine, combination, source + ": host")));
            HostSpec spec = HostSpec.from(pcpus, host, vms);
            host.checkAllUsed(source + ": host");
            StringBuilder label = new StringBuilder();
            combination.forEach((k, v) -> label.append(label.length() == 0 ? "" : " ").append(k).append('=').append(v));
            variants.add(new ExperimentDefinition.Variant(label.toString(), spec));
        }
        return new ExperimentDefinition(name, title, policies, runs, seed, duration, until.equals("finished"), variants);
    }

    private static VmSpec vm(String name, String value, String where) {
        List<String> w = words(value);
        if (w.isEmpty()) {
            throw new IllegalArgumentException(where + ": vm " + name + " needs a workload kind");
        }
        Options o = Options.parse(w.subList(1, w.size()));
        int vcpus = o.integer("vcpus", 4);
        int count = o.integer("count", 1);
        boolean measure = o.flag("measure", false);
        VmSpec spec = new VmSpec(name, w.get(0), vcpus, count, measure, o);
        WorkloadCatalog.make(spec.kind(), vcpus, o); // reads (and so checks) the workload's settings
        o.checkAllUsed(where);
        return spec;
    }

    private static String substitute(String text, Map<String, String> values, String where) {
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (out.contains("${")) {
            throw new IllegalArgumentException(where + ": no 'vary' gives a value for " + out.substring(out.indexOf("${")));
        }
        return out;
    }

    private static List<Map<String, String>> combinations(Map<String, List<String>> vary) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : vary.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String value : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), value);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }
}
