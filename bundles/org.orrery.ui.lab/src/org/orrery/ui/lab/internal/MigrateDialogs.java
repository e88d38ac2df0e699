package org.orrery.ui.lab.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/** Asks for a migration with the Migrate dialog; the public actions' door to it. */
public final class MigrateDialogs {

    /**
     * What the user chose.
     *
     * @param vm          the VM
     * @param destination the host
     * @param settings    the migration's settings
     */
    public record Choice(VirtualMachine vm, Host destination, MigrationSettings settings) {
    }

    private MigrateDialogs() {
    }

    /** Opens the dialog; null when the user cancelled or nothing in the model can migrate (then says so). */
    public static Choice ask(Shell shell, IFile model, World world, VirtualMachine vm, Host destination) {
        MigrateDialog dialog = new MigrateDialog(shell, world, vm, destination);
        if (!dialog.hasCandidates()) {
            MessageDialog.openInformation(shell, Messages.Migrate_title,
                    NLS.bind(Messages.Migrate_noCandidates, model.getName()));
            return null;
        }
        if (dialog.open() != MigrateDialog.OK) {
            return null;
        }
        return new Choice(dialog.vm(), dialog.destination(), dialog.settings());
    }
}
