package org.orrery.libvirt.launch;

import java.util.List;

/**
 * What a launch did, for the user: every step done, how it ended, what was undone, and in one
 * sentence the state the hosts are in now.
 *
 * @param outcome    how it ended
 * @param done       the steps done, in order ("defined network 'lab' on test:///default")
 * @param failure    why it stopped (the hypervisor's message), or null when it completed
 * @param rolledBack the steps undone after a failure or cancel, in the order undone
 * @param leftBehind what is still on the hosts although the launch did not complete
 * @param statement  the state the hosts are in, e.g. "Nothing Orrery defined is left on the hosts."
 */
public record LaunchReport(Outcome outcome, List<String> done, String failure, List<String> rolledBack,
        List<String> leftBehind, String statement) {

    /** How a launch ended. */
    public enum Outcome {
        /** Every step ran. */
        COMPLETED,
        /** A step failed. */
        FAILED,
        /** The user cancelled between steps. */
        CANCELLED
    }

    public LaunchReport {
        done = List.copyOf(done);
        rolledBack = List.copyOf(rolledBack);
        leftBehind = List.copyOf(leftBehind);
    }

    /** The whole report as text, one line per fact. */
    public String text() {
        StringBuilder out = new StringBuilder(statement).append('\n');
        if (failure != null) {
            out.append('\n').append(failure).append('\n');
        }
        append(out, done);
        append(out, rolledBack);
        append(out, leftBehind);
        return out.toString();
    }

    private static void append(StringBuilder out, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append('\n');
            lines.forEach(line -> out.append(line).append('\n'));
        }
    }
}
