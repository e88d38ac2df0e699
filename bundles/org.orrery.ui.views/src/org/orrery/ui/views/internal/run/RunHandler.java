package org.orrery.ui.views.internal.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Run &gt; Start Simulation and Run &gt; Stop: switch to the Run perspective and act through its Run
 * Control view, so the menu and the view's buttons are one path. The plugin.xml parameter
 * ({@code start} or {@code stop}) picks the action.
 */
public final class RunHandler extends AbstractHandler implements IExecutableExtension {

    /** What the command does: "start", "stop", "save" (a recording) or "open" (a recording). */
    private String action = "start";

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        action = data instanceof String s ? s : "start";
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            IWorkbenchPage page = window.getWorkbench().showPerspective("org.orrery.ui.perspective.run", window);
            RunControlView view = (RunControlView) page.showView(RunControlView.ID);
            switch (action) {
                case "stop" -> view.stop();
                case "save" -> view.saveRecordingWithDialog();
                case "open" -> view.openRecordingWithDialog();
                default -> view.start();
            }
        } catch (WorkbenchException e) {
            throw new ExecutionException("could not open the Run perspective", e);
        }
        return null;
    }
}
