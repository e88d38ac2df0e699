/**
 * The one telemetry vocabulary every Orrery engine speaks (simulator, libvirt, replay), and the
 * time-indexed store live views read through range queries at a resolution.
 */
package org.orrery.telemetry;
