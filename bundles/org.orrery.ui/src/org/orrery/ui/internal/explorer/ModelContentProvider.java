package org.orrery.ui.internal.explorer;

import java.util.Collection;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.emf.OrreryAdapterFactories;

/**
 * Children of .orrery files (the model's top-level elements) and of model objects (as their item
 * providers list them), for the Project Explorer's navigator content extension.
 */
public final class ModelContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];
    private final ModelFiles files = new ModelFiles();
    private final AdapterFactory adapterFactory = OrreryAdapterFactories.shared();

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IFile file && isModel(file)) {
            ModelFiles.Loaded loaded = files.get(file);
            if (loaded.problem() != null) {
                return new Object[] {loaded.problem()};
            }
            return children(loaded.world());
        }
        if (parent instanceof EObject object) {
            return children(object);
        }
        return NONE;
    }

    private Object[] children(Object object) {
        ITreeItemContentProvider tree = (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
        if (tree == null) {
            return NONE;
        }
        Collection<?> children = tree.getChildren(object);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof EObject object) {
            // Top-level elements hang under their file: the World itself is not shown.
            return object.eContainer() instanceof World world ? fileOf(world) : object.eContainer();
        }
        if (element instanceof ModelFileProblem problem) {
            return problem.file();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof IFile file) {
            return isModel(file);
        }
        if (element instanceof EObject) {
            return getChildren(element).length > 0;
        }
        return false;
    }

    private static IFile fileOf(World world) {
        if (world.eResource() == null || !world.eResource().getURI().isFile()) {
            return null;
        }
        java.net.URI uri = java.net.URI.create(world.eResource().getURI().toString());
        IFile[] found = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri);
        return found.length == 0 ? null : found[0];
    }

    static boolean isModel(IFile file) {
        return OrreryResources.FILE_EXTENSION.equals(file.getFileExtension());
    }

    @Override
    public void dispose() {
        files.clear();
    }
}
