package org.orrery.libvirt.discover;

import java.util.List;

/**
 * What a discovery found and changed in the model.
 *
 * @param added     objects created in the model ("domain 'db' on a1 as a new VM")
 * @param updated   model objects brought in line with a host ("web1: now running on a2")
 * @param missing   VMs the model places on a host that the host does not have
 * @param problems  hosts that could not be read, with why
 * @param statement the outcome in one sentence
 */
public record DiscoveryReport(List<String> added, List<String> updated, List<String> missing, List<String> problems,
        String statement) {

    public DiscoveryReport {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        missing = List.copyOf(missing);
        problems = List.copyOf(problems);
    }

    /** The whole report as text, one line per fact. */
    public String text() {
        StringBuilder out = new StringBuilder(statement).append('\n');
        for (List<String> lines : List.of(problems, added, updated, missing)) {
            if (!lines.isEmpty()) {
                out.append('\n');
                lines.forEach(line -> out.append(line).append('\n'));
            }
        }
        return out.toString();
    }
}
