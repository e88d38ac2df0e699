package org.orrery.telemetry;

/**
 * Where a store's data is at one moment, to check its limits hold.
 *
 * @param residentEvents       events held in memory
 * @param spilledEvents        events only in the spill file
 * @param residentSeriesPoints points of the per-lane index held in memory
 * @param spillFileBytes       size of the spill file
 */
public record StoreMemory(int residentEvents, int spilledEvents, long residentSeriesPoints, long spillFileBytes) {
}
