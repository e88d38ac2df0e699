/**
 * Result files of a run: the event trace as JSON lines and one CSV file per numeric series, in the
 * formats documented in the bundle's FORMATS.md, written byte for byte the same for the same run.
 */
package org.orrery.experiment.results;
