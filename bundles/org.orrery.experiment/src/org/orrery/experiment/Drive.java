package org.orrery.experiment;

import org.orrery.sim.RunOutcome;
import org.orrery.sim.SimulationDriver;

/** Runs a driver to its end for a {@link RunMonitor}: progress after every slice, cancel when it asks. */
final class Drive {

    private Drive() {
    }

    static RunOutcome run(SimulationDriver driver, RunMonitor monitor) {
        try {
            return driver.run((time, end) -> {
                monitor.progressed(time, end);
                if (monitor.isCancelled()) {
                    driver.cancel();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunOutcome.CANCELLED;
        }
    }
}
