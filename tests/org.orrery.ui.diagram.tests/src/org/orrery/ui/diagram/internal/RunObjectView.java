package org.orrery.ui.diagram.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * A stand-in for a live view in the tests: like the Event Log when a row is clicked, its
 * selection becomes the RunObjects picked, and the workbench hands it to the selection listeners.
 */
public final class RunObjectView extends ViewPart implements ISelectionProvider {

    private final List<ISelectionChangedListener> listeners = new ArrayList<>();
    private ISelection selection = StructuredSelection.EMPTY;
    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        getSite().setSelectionProvider(this);
    }

    /** Selects {@code picked}, as a click on its row would. */
    void pick(Object picked) {
        setSelection(new StructuredSelection(picked));
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
        for (ISelectionChangedListener l : List.copyOf(listeners)) {
            l.selectionChanged(event);
        }
    }
}
