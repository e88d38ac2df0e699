package org.orrery.libvirt;

/**
 * libvirt's statistics of a domain's job (a migration) at one moment. Byte counts are what QEMU
 * reports; -1 where the hypervisor did not report a value.
 *
 * @param active          whether a job is running (false: none, or only completed statistics)
 * @param elapsedMillis   time since the job started, ms
 * @param dataTotal       all data to move (memory and disks), bytes
 * @param dataProcessed   data moved so far, bytes
 * @param dataRemaining   data still to move, bytes
 * @param memoryTotal     guest memory, bytes
 * @param memoryProcessed memory sent so far, bytes
 * @param memoryRemaining memory still to send (not yet sent, or dirtied since), bytes
 * @param dirtyRatePages  pages the guest dirties per second, as QEMU estimates it
 * @param pageSize        bytes per page
 * @param iteration       QEMU's memory iteration: counts dirty-bitmap synchronisations, not rounds
 * @param bytesPerSecond  transfer rate, bytes/s
 * @param downtimeMillis  expected downtime while running; the actual downtime in completed statistics
 */
public record JobProgress(boolean active, long elapsedMillis, long dataTotal, long dataProcessed,
        long dataRemaining, long memoryTotal, long memoryProcessed, long memoryRemaining, long dirtyRatePages,
        long pageSize, long iteration, long bytesPerSecond, long downtimeMillis) {

    /**
     * How far the memory copy is, from 0 to 1: sent over sent plus still to send. (Of the total it
     * would be misleading: zero pages, most of an idle guest, cost almost nothing to send.)
     */
    public double memoryFraction() {
        long sent = Math.max(0, memoryProcessed);
        long left = Math.max(0, memoryRemaining);
        return sent + left == 0 ? 0 : (double) sent / (sent + left);
    }

    /** The dirty rate in bytes per second, or -1 when unknown. */
    public double dirtyRateBytesPerSecond() {
        return dirtyRatePages < 0 || pageSize < 0 ? -1 : (double) dirtyRatePages * pageSize;
    }
}
