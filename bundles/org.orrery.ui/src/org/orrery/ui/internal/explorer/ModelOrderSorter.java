package org.orrery.ui.internal.explorer;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Keeps a model's elements in the order the model holds them (clouds before links, hosts in
 * their site's order), instead of the explorer's alphabetical default.
 */
public final class ModelOrderSorter extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object a, Object b) {
        return 0;
    }
}
