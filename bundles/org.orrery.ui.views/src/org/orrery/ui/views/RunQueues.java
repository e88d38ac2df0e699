package org.orrery.ui.views;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.orrery.ui.views.internal.RunQueueView;

/** Opens the Run Queues view from other bundles (the Lab's "Run Queues" of a real host). */
public final class RunQueues {

    private RunQueues() {
    }

    /**
     * Opens the Run Queues view on {@code page} showing the real host whose vCPUs report
     * {@code uri} (its libvirt URI) in the current run; the run must be the one watching it.
     *
     * @return the view
     * @throws PartInitException when the view cannot be opened
     */
    public static IViewPart showHost(IWorkbenchPage page, String uri) throws PartInitException {
        RunQueueView view = (RunQueueView) page.showView(RunQueueView.ID);
        view.showHost(uri);
        return view;
    }
}
