/**
 * Watching a lab: a monitor that samples every running domain of a model's hosts at a chosen rate
 * into telemetry (CPU load, memory, vCPU placement, run-queue wait), keeps a snapshot views read
 * on their timer, and reconnects by itself when a host comes back.
 */
package org.orrery.libvirt.monitor;
