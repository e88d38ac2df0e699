package org.orrery.ui.lab.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.orrery.libvirt.Credentials;
import org.orrery.libvirt.HypervisorUri;

/**
 * Logins for hosts that ask for a password: from Eclipse secure storage (encrypted, never a plain
 * file) when one was kept for the URI and not just refused, else from the user, who may keep it
 * there. SSH hosts with keys never get here.
 */
final class SecureStoreCredentials implements Credentials {

    private static final String NODE = "org.orrery.libvirt";
    private static final String USER = "user";
    private static final String PASSWORD = "password";

    private final ISecurePreferences root;

    SecureStoreCredentials() {
        this(null);
    }

    /** @param root where logins are kept; null for Eclipse's default secure storage */
    SecureStoreCredentials(ISecurePreferences root) {
        this.root = root;
    }

    @Override
    public Optional<Login> login(HypervisorUri uri, String prompt, boolean retry) {
        ISecurePreferences node = node(uri);
        if (!retry && node != null) {
            try {
                String user = node.get(USER, null);
                String password = node.get(PASSWORD, null);
                if (user != null && password != null) {
                    return Optional.of(new Login(user, password.toCharArray()));
                }
            } catch (StorageException e) {
                // unreadable (e.g. its master password was not given): ask the user instead
            }
        }
        return ask(uri, prompt, retry, node);
    }

    private Optional<Login> ask(HypervisorUri uri, String prompt, boolean retry, ISecurePreferences node) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null) {
            return Optional.empty();
        }
        AtomicReference<Login> answer = new AtomicReference<>();
        display.syncExec(() -> {
            String known = null;
            try {
                known = node == null ? null : node.get(USER, null);
            } catch (StorageException e) {
                // no remembered name: the field stays empty
            }
            CredentialsDialog dialog = new CredentialsDialog(display.getActiveShell(), uri.text(), prompt, retry, known);
            if (dialog.open() != CredentialsDialog.OK) {
                return;
            }
            answer.set(new Login(dialog.user(), dialog.password()));
            if (dialog.remember() && node != null) {
                try {
                    remember(node, dialog.user(), dialog.password());
                } catch (StorageException | java.io.IOException e) {
                    MessageDialog.openWarning(display.getActiveShell(), NLS.bind(Messages.Login_title, uri.text()),
                            NLS.bind(Messages.Login_notStored, e.getMessage()));
                }
            }
        });
        Login login = answer.get();
        // the caller wipes the password it gets: hand it a copy of what may still be needed here
        return login == null ? Optional.empty() : Optional.of(new Login(login.user(), login.password().clone()));
    }

    /** Keeps a login for {@code uri}: the name in the clear, the password encrypted. */
    void remember(HypervisorUri uri, String user, char[] password) throws StorageException, java.io.IOException {
        remember(node(uri), user, password);
    }

    private static void remember(ISecurePreferences node, String user, char[] password)
            throws StorageException, java.io.IOException {
        node.put(USER, user, false);
        node.put(PASSWORD, new String(password), true);
        node.flush();
    }

    /** Whether the password kept for {@code uri} is stored encrypted; for tests. */
    boolean isEncrypted(HypervisorUri uri) throws StorageException {
        return node(uri).isEncrypted(PASSWORD);
    }

    private ISecurePreferences node(HypervisorUri uri) {
        ISecurePreferences base = root != null ? root : SecurePreferencesFactory.getDefault();
        if (base == null) {
            return null;
        }
        // node names may not hold '/': encode the URI
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(uri.text().getBytes(StandardCharsets.UTF_8));
        return base.node(NODE).node(key);
    }
}
