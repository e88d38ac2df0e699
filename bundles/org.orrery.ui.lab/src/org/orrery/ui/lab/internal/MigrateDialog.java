package org.orrery.ui.lab.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.Site;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/**
 * The Migrate dialog: which VM (those placed on a host with a libvirt URI), to which host (any
 * other with a URI of another hypervisor), and the migration's settings: bandwidth cap, maximum
 * downtime, an explicit migration URI, a time limit. Bad numbers are named before anything starts.
 */
final class MigrateDialog extends TitledDialog {

    private final List<VirtualMachine> vms = new ArrayList<>();
    private final List<Host> hosts = new ArrayList<>();
    private VirtualMachine vm;
    private Host destination;
    private Combo vmCombo;
    private Combo hostCombo;
    private Text bandwidth;
    private Text downtime;
    private Text uri;
    private Text timeout;
    private MigrationSettings settings;

    MigrateDialog(Shell parent, World world, VirtualMachine preselectedVm, Host preselectedDestination) {
        super(parent, Messages.Migrate_title, 2);
        for (Cloud cloud : world.getClouds()) {
            for (VirtualMachine v : cloud.getVirtualMachines()) {
                if (v.getHost() != null && hasUri(v.getHost())) {
                    vms.add(v);
                }
            }
            for (Site site : cloud.getSites()) {
                site.getHosts().stream().filter(MigrateDialog::hasUri).forEach(hosts::add);
            }
        }
        this.vm = preselectedVm != null ? preselectedVm : vms.isEmpty() ? null : vms.get(0);
        this.destination = preselectedDestination;
    }

    /** Whether anything can migrate at all in the model. */
    boolean hasCandidates() {
        return !vms.isEmpty() && hosts.stream().map(MigrateDialog::uriOf).distinct().count() > 1;
    }

    @Override
    protected void fill(Composite body) {
        setTitle(Messages.Migrate_title);
        setMessage(Messages.Migrate_message);
        vmCombo = combo(body, Messages.Migrate_vm);
        for (VirtualMachine v : vms) {
            vmCombo.add(v.getName() + "  (" + v.getHost().getName() + ")");
        }
        vmCombo.select(Math.max(0, vms.indexOf(vm)));
        hostCombo = combo(body, Messages.Migrate_destination);
        vmCombo.addListener(SWT.Selection, e -> {
            vm = vms.get(vmCombo.getSelectionIndex());
            fillHosts();
        });
        hostCombo.addListener(SWT.Selection, e -> validate());
        fillHosts();
        MigrationSettings d = MigrationSettings.DEFAULTS;
        bandwidth = text(body, Messages.Migrate_bandwidth, Long.toString(d.bandwidthMiBps()), null);
        downtime = text(body, Messages.Migrate_downtime, Long.toString(d.maxDowntimeMs()), null);
        uri = text(body, Messages.Migrate_uri, "", Messages.Migrate_uriHint);
        timeout = text(body, Messages.Migrate_timeout, "0", null);
    }

    private void fillHosts() {
        hostCombo.removeAll();
        for (Host h : hosts) {
            hostCombo.add(h.getName() + "  (" + uriOf(h) + ")");
        }
        int index = destination != null ? hosts.indexOf(destination) : -1;
        if (index < 0) {
            // the first host on another hypervisor
            for (int i = 0; i < hosts.size() && vm != null; i++) {
                if (!uriOf(hosts.get(i)).equals(uriOf(vm.getHost()))) {
                    index = i;
                    break;
                }
            }
        }
        hostCombo.select(Math.max(0, index));
        validate();
    }

    private static Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    private Text text(Composite parent, String label, String value, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value);
        if (hint != null) {
            t.setMessage(hint);
        }
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 320;
        t.setLayoutData(wide);
        t.addListener(SWT.Modify, e -> validate());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Migrate_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        if (timeout == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String error = null;
        Host chosen = hostCombo.getSelectionIndex() < 0 ? null : hosts.get(hostCombo.getSelectionIndex());
        if (vm != null && chosen != null && uriOf(chosen).equals(uriOf(vm.getHost()))) {
            error = Messages.Migrate_sameHost;
        }
        error = error != null ? error : number(bandwidth, Messages.Migrate_bandwidth, 100_000);
        error = error != null ? error : number(downtime, Messages.Migrate_downtime, 600_000);
        error = error != null ? error : number(timeout, Messages.Migrate_timeout, 86_400);
        setErrorMessage(error);
        getButton(IDialogConstants.OK_ID).setEnabled(error == null && vm != null && chosen != null);
    }

    private static String number(Text field, String label, long max) {
        try {
            long v = Long.parseLong(field.getText().strip());
            if (v >= 0 && v <= max) {
                return null;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        return NLS.bind(Messages.Migrate_badNumber, label.replaceAll(":$", ""), max);
    }

    @Override
    protected void okPressed() {
        destination = hosts.get(hostCombo.getSelectionIndex());
        settings = MigrationSettings.DEFAULTS.withBandwidth(Long.parseLong(bandwidth.getText().strip()))
                .withMaxDowntime(Long.parseLong(downtime.getText().strip())).withMigrationUri(uri.getText().strip())
                .withTimeout(Long.parseLong(timeout.getText().strip())).withPollMillis(200);
        super.okPressed();
    }

    VirtualMachine vm() {
        return vm;
    }

    Host destination() {
        return destination;
    }

    MigrationSettings settings() {
        return settings;
    }

    /** Fills the settings fields, for tests and for callers that know them. */
    void setFields(String bandwidthMiBps, String downtimeMs, String migrationUri, String timeoutS) {
        bandwidth.setText(bandwidthMiBps);
        downtime.setText(downtimeMs);
        uri.setText(migrationUri);
        timeout.setText(timeoutS);
    }

    /** The error shown, for tests. */
    String error() {
        return getErrorMessage();
    }

    private static boolean hasUri(Host h) {
        return h.getLibvirtUri() != null && !h.getLibvirtUri().isBlank();
    }

    private static String uriOf(Host h) {
        return Objects.requireNonNullElse(h.getLibvirtUri(), "").strip();
    }
}
