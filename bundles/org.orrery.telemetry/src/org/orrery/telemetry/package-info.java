/**
 * The one telemetry vocabulary every Orrery engine speaks (simulator, libvirt, replay):
 * {@link org.orrery.telemetry.EventKind} and {@link org.orrery.telemetry.Attribute}; and the
 * time-indexed store, bounded in memory by spilling to disk, that views read through range
 * queries at a resolution, in the manner of Trace Compass data providers.
 */
package org.orrery.telemetry;
