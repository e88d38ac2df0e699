package org.orrery.libvirt;

import java.util.Objects;

/**
 * How a live migration runs. The migration is always live (pre-copy), makes the domain persistent
 * on the destination and removes its definition from the source, so exactly one host defines it.
 *
 * @param bandwidthMiBps  cap on the transfer in MiB/s, or 0 for no cap
 * @param maxDowntimeMs   downtime QEMU aims at for the switchover, ms, or 0 for QEMU's default (300)
 * @param migrationUri    where the source sends the memory, e.g. {@code tcp://127.0.0.1}; empty to
 *                        let libvirt use the destination's host name
 * @param pollMillis      how often the job's statistics are read while it runs
 * @param timeoutSeconds  the migration is cancelled after this long, or 0 for no limit
 */
public record MigrationSettings(long bandwidthMiBps, long maxDowntimeMs, String migrationUri, long pollMillis,
        long timeoutSeconds) {

    /** No cap, QEMU's downtime, libvirt's URI, statistics every 100 ms, no time limit. */
    public static final MigrationSettings DEFAULTS = new MigrationSettings(0, 0, "", 100, 0);

    public MigrationSettings {
        Objects.requireNonNull(migrationUri, "migrationUri");
        if (bandwidthMiBps < 0 || maxDowntimeMs < 0 || timeoutSeconds < 0) {
            throw new IllegalArgumentException("bandwidth, downtime and timeout must not be negative");
        }
        if (pollMillis <= 0) {
            throw new IllegalArgumentException("pollMillis must be positive: " + pollMillis);
        }
    }

    public MigrationSettings withBandwidth(long miBps) {
        return new MigrationSettings(miBps, maxDowntimeMs, migrationUri, pollMillis, timeoutSeconds);
    }

    public MigrationSettings withMaxDowntime(long ms) {
        return new MigrationSettings(bandwidthMiBps, ms, migrationUri, pollMillis, timeoutSeconds);
    }

    public MigrationSettings withMigrationUri(String uri) {
        return new MigrationSettings(bandwidthMiBps, maxDowntimeMs, uri, pollMillis, timeoutSeconds);
    }

    public MigrationSettings withPollMillis(long ms) {
        return new MigrationSettings(bandwidthMiBps, maxDowntimeMs, migrationUri, ms, timeoutSeconds);
    }

    public MigrationSettings withTimeout(long seconds) {
        return new MigrationSettings(bandwidthMiBps, maxDowntimeMs, migrationUri, pollMillis, seconds);
    }
}
