/**
 * Telemetry in files: the Orrery trace (the recorder's JSON-lines format, written and read back),
 * CSV per series, and the Chrome trace-event export that Perfetto opens. Formats are documented in
 * the bundle's FORMATS.md.
 */
package org.orrery.telemetry.io;
