package org.orrery.experiment;

/**
 * How the driver of a run (a workbench job, the headless application) follows and stops it.
 * Called on the thread running the experiment, between slices of simulated time.
 */
public interface RunMonitor {

    /** A monitor that never cancels and ignores progress. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void progressed(long simulatedTime, long duration) {
            // nobody is watching
        }
    };

    /** Whether the run should stop now. */
    boolean isCancelled();

    /** The run has reached {@code simulatedTime} of {@code duration} nanoseconds. */
    void progressed(long simulatedTime, long duration);
}
