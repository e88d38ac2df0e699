package org.orrery.telemetry;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How much of a {@link TelemetryStore} stays in memory; the rest spills to a file in
 * {@code spillDirectory}. Nothing is ever dropped or merged: queries answer the same whatever
 * spilled, only slower for spilled data.
 *
 * @param residentEvents       events of the log kept in memory, at least one chunk (4,096); in
 *                             typical runs an event takes 150 to 400 bytes in memory, 20 to 60 on disk
 * @param residentSeriesPoints points of the per-lane index kept in memory (12 bytes plus 8 per
 *                             numeric attribute each); sealed chunks beyond it spill, keeping a
 *                             summary of a few dozen bytes per chunk of up to 1,024 points
 * @param spillDirectory       where the spill file is made (created if missing); the file has no
 *                             name while in use and vanishes when the store is closed or collected
 */
public record StoreLimits(int residentEvents, int residentSeriesPoints, Path spillDirectory) {

    /** Events kept in memory by default: 256 Ki, about 40 to 100 MB. */
    public static final int DEFAULT_RESIDENT_EVENTS = 1 << 18;
    /** Series points kept in memory by default: 2 Mi, about 25 to 60 MB. */
    public static final int DEFAULT_RESIDENT_SERIES_POINTS = 1 << 21;

    public StoreLimits {
        Objects.requireNonNull(spillDirectory, "spillDirectory");
        if (residentEvents < EventChunk.SIZE) {
            throw new IllegalArgumentException(
                    "keep at least " + EventChunk.SIZE + " events in memory, not " + residentEvents);
        }
        if (residentSeriesPoints < TrackIndex.MIN_SEAL) {
            throw new IllegalArgumentException(
                    "keep at least " + TrackIndex.MIN_SEAL + " series points in memory, not " + residentSeriesPoints);
        }
    }

    /** The defaults, spilling to the system's temporary directory. */
    public static StoreLimits defaults() {
        return new StoreLimits(DEFAULT_RESIDENT_EVENTS, DEFAULT_RESIDENT_SERIES_POINTS,
                Path.of(System.getProperty("java.io.tmpdir")));
    }
}
