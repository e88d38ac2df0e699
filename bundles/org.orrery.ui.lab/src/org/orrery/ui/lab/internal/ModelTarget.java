package org.orrery.ui.lab.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.Site;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;

/**
 * The model a Run command acts on: the .orrery file selected (or whose objects are selected, or
 * open in the active editor), read fresh from disk, and the VMs the selection names (every VM of
 * the model when the selection is the file, a world or nothing more precise).
 *
 * @param file  the model's file
 * @param world the model, as loaded now
 * @param vms   the VMs selected (VMs, or those of selected hosts, sites and clouds); empty: all
 */
record ModelTarget(IFile file, World world, List<VirtualMachine> vms) {

    /** The target of {@code selection}, else of the active editor; null when neither names a model. */
    static ModelTarget from(ISelection selection, IWorkbenchPart part) throws IOException {
        IFile file = null;
        List<EObject> selected = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof EObject e && fileOf(e) != null) {
                    file = file == null ? fileOf(e) : file;
                    selected.add(e);
                } else if (Adapters.adapt(o, IFile.class) instanceof IFile f && isModel(f)) {
                    file = file == null ? f : file;
                }
            }
        }
        if (file == null && part instanceof IEditorPart editor && editor.getEditorInput() instanceof IFileEditorInput in
                && isModel(in.getFile())) {
            file = in.getFile();
        }
        return file == null ? null : load(file, selected);
    }

    /** The whole model in {@code file}. */
    static ModelTarget load(IFile file, List<EObject> selected) throws IOException {
        World world = OrreryResources.load(file.getLocation().toFile().toPath());
        Set<VirtualMachine> vms = new LinkedHashSet<>();
        for (EObject e : selected) {
            // the explorer shows objects of its own copy of the model: find ours by their id
            EObject ours = world.eResource().getEObject(EcoreUtil.getURI(e).fragment());
            switch (ours) {
                case VirtualMachine vm -> vms.add(vm);
                case Host host -> vms.addAll(host.getVirtualMachines());
                case Site site -> site.getHosts().forEach(h -> vms.addAll(h.getVirtualMachines()));
                case Cloud cloud -> vms.addAll(cloud.getVirtualMachines());
                case null, default -> {
                    // a world, or an object that holds no VM: the whole model
                }
            }
        }
        return new ModelTarget(file, world, List.copyOf(vms));
    }

    static boolean isModel(IFile file) {
        return OrreryResources.FILE_EXTENSION.equals(file.getFileExtension()) && file.getLocation() != null;
    }

    private static IFile fileOf(EObject e) {
        Resource r = e.eResource();
        if (r == null || !r.getURI().isFile()) {
            return null;
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(java.net.URI.create(r.getURI().toString()));
        return files.length == 0 ? null : files[0];
    }
}
