package org.orrery.ui.lab.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorUri;

/**
 * Where to discover from: the hosts of the selected model, or one hypervisor URI (checked as the
 * user types, with the accepted forms named when it is not one).
 */
final class DiscoverDialog extends TitledDialog {

    private final String modelName;
    private Button fromModel;
    private Text uri;
    private String chosenUri;

    /** @param modelName the selected model's file name, or null when none is selected */
    DiscoverDialog(Shell parent, String modelName) {
        super(parent, Messages.Discover_title, 2);
        this.modelName = modelName;
    }

    @Override
    protected void fill(Composite body) {
        setTitle(Messages.Discover_title);
        setMessage(Messages.Discover_message);
        fromModel = new Button(body, SWT.RADIO);
        fromModel.setText(modelName == null ? Messages.Discover_noModel : NLS.bind(Messages.Discover_fromModel, modelName));
        fromModel.setEnabled(modelName != null);
        fromModel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button fromUri = new Button(body, SWT.RADIO);
        fromUri.setText(Messages.Discover_fromUri);
        uri = new Text(body, SWT.BORDER);
        uri.setMessage(Messages.Discover_uriHint);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 380;
        uri.setLayoutData(wide);
        fromModel.setSelection(modelName != null);
        fromUri.setSelection(modelName == null);
        uri.addListener(SWT.Modify, e -> {
            fromUri.setSelection(true);
            fromModel.setSelection(false);
            validate();
        });
        fromModel.addListener(SWT.Selection, e -> validate());
        fromUri.addListener(SWT.Selection, e -> validate());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        if (fromModel.getSelection()) {
            setErrorMessage(null);
            ok.setEnabled(true);
            return;
        }
        try {
            HypervisorUri.parse(uri.getText());
            setErrorMessage(null);
            ok.setEnabled(true);
        } catch (HypervisorException e) {
            setErrorMessage(uri.getText().isBlank() ? null : e.getMessage());
            ok.setEnabled(false);
        }
    }

    @Override
    protected void okPressed() {
        chosenUri = fromModel.getSelection() ? null : uri.getText().strip();
        super.okPressed();
    }

    /** The URI to discover from, or null for the hosts of the model. */
    String uri() {
        return chosenUri;
    }

    /** Types a URI, for tests. */
    void setUri(String text) {
        uri.setText(text);
    }
}
