/**
 * Experiments: a scenario and a seed, run on the simulator into a telemetry store, with progress
 * and cancellation for whoever drives it (the headless application, a workbench job).
 */
package org.orrery.experiment;
