/**
 * The headless application {@code org.orrery.experiment.run}: reads its command line, runs an
 * experiment without a window and writes the result files, answering bad input with one line and
 * a non-zero exit code.
 */
package org.orrery.experiment.app;
