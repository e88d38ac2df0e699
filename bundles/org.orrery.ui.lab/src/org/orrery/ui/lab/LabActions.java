package org.orrery.ui.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.migrate.LiveMigration;
import org.orrery.libvirt.migrate.MigrationHandle;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.lab.internal.LabSession;
import org.orrery.ui.lab.internal.LabView;
import org.orrery.ui.lab.internal.MigrateDialogs;
import org.orrery.ui.lab.internal.MigrationJob;
import org.orrery.ui.lab.internal.Messages;

/**
 * What other parts of the workbench (the deployment diagram in the Run perspective) call to act on
 * real hosts. Dragging a VM onto another host should call {@link #migrate(Shell, IFile, String, String)}
 * (or execute the command {@value #MIGRATE_COMMAND} with {@link #migrateParameters}): the Migrate
 * dialog opens with that VM and host chosen, and the migration runs as a job, shows in the Lab
 * view, and moves the VM in the model file when it ends.
 */
public final class LabActions {

    /** The Migrate command; its parameters are optional. */
    public static final String MIGRATE_COMMAND = "org.orrery.ui.lab.migrate";
    /** Parameter: workspace path of the .orrery file, e.g. {@code /lab/models/teaching-lab.orrery}. */
    public static final String PARAMETER_FILE = "org.orrery.ui.lab.migrate.file";
    /** Parameter: id of the VM to migrate. */
    public static final String PARAMETER_VM = "org.orrery.ui.lab.migrate.vm";
    /** Parameter: id of the destination host. */
    public static final String PARAMETER_DESTINATION = "org.orrery.ui.lab.migrate.destination";

    private LabActions() {
    }

    /** The parameters of {@value #MIGRATE_COMMAND} for moving VM {@code vmId} of {@code model} to host {@code hostId}. */
    public static Map<String, String> migrateParameters(IFile model, String vmId, String hostId) {
        return Map.of(PARAMETER_FILE, model.getFullPath().toString(), PARAMETER_VM, vmId, PARAMETER_DESTINATION,
                hostId);
    }

    /**
     * Opens the Migrate dialog for {@code model} with VM {@code vmId} and host {@code destinationId}
     * chosen (either may be null), and starts the migration when the user confirms it.
     *
     * @return the migration, or null when the user cancelled or nothing can migrate
     */
    public static MigrationHandle migrate(Shell shell, IFile model, String vmId, String destinationId) {
        World world;
        try {
            world = worldOf(model);
        } catch (IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(shell, Messages.Migrate_title, e.getMessage());
            return null;
        }
        MigrateDialogs.Choice choice = MigrateDialogs.ask(shell, model, world, find(world, vmId, VirtualMachine.class),
                find(world, destinationId, Host.class));
        return choice == null ? null : start(model, world, choice.vm(), choice.destination(), choice.settings());
    }

    /**
     * Starts migrating VM {@code vmId} of {@code model} to host {@code destinationId} without asking:
     * watches the model in the Lab view, runs the migration as a job, and writes the model file
     * when it ends (the VM on the host it runs on).
     *
     * @throws IOException              when the model cannot be read
     * @throws IllegalArgumentException when the ids name no VM or host, or the migration cannot start
     */
    public static MigrationHandle startMigration(IFile model, String vmId, String destinationId,
            MigrationSettings settings) throws IOException {
        World world = worldOf(model);
        VirtualMachine vm = find(world, vmId, VirtualMachine.class);
        Host host = find(world, destinationId, Host.class);
        if (vm == null || host == null) {
            throw new IllegalArgumentException("no VM '" + vmId + "' or host '" + destinationId + "' in " + model);
        }
        return start(model, world, vm, host, settings);
    }

    private static MigrationHandle start(IFile model, World world, VirtualMachine vm, Host destination,
            MigrationSettings settings) {
        LabSession session = LabSession.get();
        LabSession.Lab lab = session.lab();
        if (lab == null || lab.world() != world) {
            session.watch(model, world);
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        LabView.showIn(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        String source = vm.getHost().getName();
        MigrationHandle handle = new LiveMigration(session.manager()).start(vm, destination, settings,
                change -> display.asyncExec(() -> {
                    change.run();
                    save(world, model);
                }));
        session.track(handle);
        MigrationJob.schedule(handle, vm.getName(), source, destination.getName());
        return handle;
    }

    /** The model in {@code model}: the one the Lab watches when it is that file, else read now. */
    private static World worldOf(IFile model) throws IOException {
        LabSession.Lab lab = LabSession.get().lab();
        if (lab != null && lab.file().equals(model)) {
            return lab.world();
        }
        return OrreryResources.load(Path.of(model.getLocation().toOSString()));
    }

    private static <T extends EObject> T find(World world, String id, Class<T> type) {
        if (id == null || world.eResource() == null) {
            return null;
        }
        EObject found = world.eResource().getEObject(id);
        return type.isInstance(found) ? type.cast(found) : null;
    }

    private static void save(World world, IFile model) {
        try {
            OrreryResources.save(world, Path.of(model.getLocation().toOSString()));
            model.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(null, Messages.Migrate_title,
                    NLS.bind(Messages.Migrate_modelNotSaved, model.getFullPath(), e.getMessage()));
        }
    }

    /** VMs that are being migrated right now (their handles), for views. */
    public static List<MigrationHandle> migrations() {
        return LabSession.get().migrations();
    }
}
