package org.orrery.libvirt.migrate;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.internal.Messages;
import org.orrery.libvirt.xml.LibvirtNames;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;

/**
 * Live migration of a VM between two hosts, as the Migrate dialog and a drag in the Run
 * perspective's diagram start it. Each migration runs on its own thread: libvirt's blocking call,
 * with the job's statistics read at the settings' poll rate and streamed into telemetry
 * ({@link org.orrery.libvirt.LibvirtTelemetry}). When it ends, the hosts are asked where the VM
 * really runs, and the model is changed to match (on the caller's model thread).
 */
public final class LiveMigration {

    private final ConnectionManager manager;

    public LiveMigration(ConnectionManager manager) {
        this.manager = Objects.requireNonNull(manager, "manager");
    }

    /**
     * Starts migrating {@code vm} from its host to {@code destination}. When it ends, the VM's
     * host and state are set to where it was found running, through {@code modelChanges} (e.g. a
     * command on the editor's stack, on the display thread; {@code Runnable::run} headless).
     *
     * @throws IllegalArgumentException when the VM is not placed, or a host has no libvirt URI, or
     *                                  source and destination are one hypervisor
     */
    public MigrationHandle start(VirtualMachine vm, Host destination, MigrationSettings settings,
            Consumer<Runnable> modelChanges) {
        Host source = vm.getHost();
        if (source == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Migrate_notPlaced, vm.getName()));
        }
        String from = uriOf(source);
        String to = uriOf(destination);
        if (from.equals(to)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Migrate_sameHypervisor, source.getName(),
                    destination.getName()));
        }
        return start(new MigrationHandle(LibvirtNames.domain(vm), from, to, source.getName(), destination.getName()),
                settings, outcome -> {
            Host where = outcome.runningOn() == null ? null : outcome.runningOn().equals(to) ? destination : source;
            if (where != null) {
                modelChanges.accept(() -> {
                    vm.setHost(where);
                    vm.setState(VmState.RUNNING);
                });
            }
        });
    }

    /**
     * Starts migrating domain {@code domain} from {@code sourceUri} to {@code destinationUri};
     * {@code whenDone} gets the outcome on the migration's thread.
     */
    public MigrationHandle start(String domain, String sourceUri, String destinationUri, MigrationSettings settings,
            Consumer<MigrationOutcome> whenDone) {
        return start(new MigrationHandle(domain, sourceUri, destinationUri, sourceUri, destinationUri), settings,
                whenDone);
    }

    private MigrationHandle start(MigrationHandle handle, MigrationSettings settings,
            Consumer<MigrationOutcome> whenDone) {
        String domain = handle.domain();
        MigrationRun run = new MigrationRun(manager, handle, settings, whenDone);
        Thread thread = new Thread(run, "orrery-migration-" + domain);
        thread.setDaemon(true);
        thread.start();
        return handle;
    }

    private static String uriOf(Host host) {
        if (host.getLibvirtUri() == null || host.getLibvirtUri().isBlank()) {
            throw new IllegalArgumentException(NLS.bind(Messages.Migrate_noUri, host.getName()));
        }
        return host.getLibvirtUri().strip();
    }
}
