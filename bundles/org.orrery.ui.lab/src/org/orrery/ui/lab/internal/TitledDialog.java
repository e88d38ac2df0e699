package org.orrery.ui.lab.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** The lab's dialogs: a window title, the title area, and a body of a few grid columns the subclass fills. */
abstract class TitledDialog extends TitleAreaDialog {

    private final String windowTitle;
    private final int columns;

    TitledDialog(Shell parent, String windowTitle, int columns) {
        super(parent);
        this.windowTitle = windowTitle;
        this.columns = columns;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(windowTitle);
    }

    @Override
    protected final Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(columns, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fill(body);
        return area;
    }

    /** Sets the title area's title and message and fills the body. */
    protected abstract void fill(Composite body);
}
