package org.orrery.libvirt.migrate;

/**
 * How a live migration ended, checked against the hosts afterwards.
 *
 * @param result       completed, failed or cancelled
 * @param runningOn    the URI of the host the VM was found running on afterwards, or null when
 *                     it was found on neither (the message says what is known)
 * @param message      for the user: what happened, where the VM is, anything left to check
 * @param totalNanos   time from start to end
 * @param downtimeMillis the downtime libvirt measured (completed migrations), else -1
 * @param rounds       libvirt's last memory iteration seen
 * @param bytes        data sent
 */
public record MigrationOutcome(Result result, String runningOn, String message, long totalNanos, long downtimeMillis,
        long rounds, long bytes) {

    /** How it ended. */
    public enum Result {
        COMPLETED, FAILED, CANCELLED
    }

    /** Whether the VM now runs on the destination. */
    public boolean succeeded() {
        return result == Result.COMPLETED;
    }
}
