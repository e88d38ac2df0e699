package org.orrery.experiment.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Eclipse application {@code org.orrery.experiment.run}: hands the command line to
 * {@link RunCommand} and returns its exit code, which the Equinox launcher makes the process's.
 */
public final class RunApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return RunCommand.execute(args instanceof String[] a ? a : new String[0], System.out, System.err);
    }

    @Override
    public void stop() {
        // runs to completion: a batch run is short, and half-written results help nobody
    }
}
