/**
 * Result files and result series of a run: the trace, CSV series and Perfetto export (formats of
 * the telemetry bundle), the run summary as text and JSON, and the series the model keeps, all
 * written byte for byte the same for the same run.
 */
package org.orrery.experiment.results;
