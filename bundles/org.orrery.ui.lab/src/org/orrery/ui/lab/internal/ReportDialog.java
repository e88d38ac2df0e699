package org.orrery.ui.lab.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * What a launch, discovery or migration did: its outcome in one sentence next to an icon for how
 * it went, and every step below in a read-only text the user can select and copy.
 */
final class ReportDialog extends Dialog {

    /** How it went: picks the icon. */
    enum Severity {
        OK(SWT.ICON_INFORMATION), WARNING(SWT.ICON_WARNING), ERROR(SWT.ICON_ERROR);

        private final int icon;

        Severity(int icon) {
            this.icon = icon;
        }
    }

    private final String title;
    private final String statement;
    private final String details;
    private final Severity severity;
    private Text detailsText;

    ReportDialog(Shell parent, String title, String statement, String details, Severity severity) {
        super(parent);
        this.title = title;
        this.statement = statement;
        this.details = details;
        this.severity = severity;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the report without blocking the caller (it may be a job's last act). */
    static ReportDialog show(Shell parent, String title, String statement, String details, Severity severity) {
        ReportDialog dialog = new ReportDialog(parent, title, statement, details, severity);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label icon = new Label(area, SWT.NONE);
        icon.setImage(parent.getDisplay().getSystemImage(severity.icon));
        icon.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
        Label text = new Label(area, SWT.WRAP);
        text.setText(statement);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 620;
        text.setLayoutData(wide);
        if (details != null && !details.isBlank()) {
            detailsText = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            detailsText.setText(details.strip());
            GridData box = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            box.heightHint = 260;
            box.widthHint = 680;
            detailsText.setLayoutData(box);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    /** The details shown; for tests. */
    String details() {
        return detailsText == null ? "" : detailsText.getText();
    }
}
