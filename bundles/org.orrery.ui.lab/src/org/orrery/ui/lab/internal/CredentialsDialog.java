package org.orrery.ui.lab.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a user name and password a host wants, and whether to keep them in secure storage. */
final class CredentialsDialog extends TitledDialog {

    private final String uri;
    private final String prompt;
    private final boolean retry;
    private final String user;
    private Text userText;
    private Text passwordText;
    private Button rememberButton;
    private String chosenUser;
    private char[] chosenPassword;
    private boolean remember = true;

    CredentialsDialog(Shell parent, String uri, String prompt, boolean retry, String user) {
        super(parent, NLS.bind(Messages.Login_title, uri), 2);
        this.uri = uri;
        this.prompt = prompt;
        this.retry = retry;
        this.user = user;
    }

    @Override
    protected void fill(Composite body) {
        setTitle(NLS.bind(Messages.Login_title, uri));
        String message = NLS.bind(Messages.Login_message, prompt);
        if (retry) {
            setErrorMessage(NLS.bind(Messages.Login_retry, prompt));
        } else {
            setMessage(message);
        }
        new Label(body, SWT.NONE).setText(Messages.Login_user);
        userText = new Text(body, SWT.BORDER);
        userText.setText(user == null ? "" : user);
        userText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(body, SWT.NONE).setText(Messages.Login_password);
        passwordText = new Text(body, SWT.BORDER | SWT.PASSWORD);
        passwordText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        rememberButton = new Button(body, SWT.CHECK);
        rememberButton.setText(Messages.Login_remember);
        rememberButton.setSelection(remember);
        rememberButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    @Override
    protected void okPressed() {
        chosenUser = userText.getText().strip();
        chosenPassword = passwordText.getText().toCharArray();
        remember = rememberButton.getSelection();
        super.okPressed();
    }

    String user() {
        return chosenUser;
    }

    char[] password() {
        return chosenPassword;
    }

    boolean remember() {
        return remember;
    }
}
