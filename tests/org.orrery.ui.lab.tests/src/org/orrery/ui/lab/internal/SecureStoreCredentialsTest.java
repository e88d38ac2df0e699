package org.orrery.ui.lab.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.testing.UiTestSupport;

/**
 * Logins for password-protected hosts come from Eclipse secure storage (the password encrypted),
 * and from the login dialog when the kept one is refused, which can keep the new one. The host is
 * a libvirt test-driver node that asks for a user name and password.
 */
class SecureStoreCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void aKeptLoginConnectsAndARefusedOneIsAskedForAgain() throws Exception {
        Path file = dir.resolve("guarded.xml");
        java.nio.file.Files.writeString(file, """
                <node>
                  <auth><user password='s3cret'>alice</user></auth>
                  <cpu><nodes>1</nodes><sockets>1</sockets><cores>2</cores><threads>1</threads><mhz>2000</mhz>
                    <model>x86_64</model></cpu>
                  <memory>4194304</memory>
                </node>
                """);
        HypervisorUri uri = HypervisorUri.parse("test://" + file);
        ISecurePreferences storage = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()),
                        IProviderHints.PROMPT_USER, Boolean.FALSE));
        SecureStoreCredentials credentials = new SecureStoreCredentials(storage);
        credentials.remember(uri, "alice", "s3cret".toCharArray());
        assertTrue(credentials.isEncrypted(uri), "the password is kept encrypted");
        assertTrue(!java.nio.file.Files.readString(dir.resolve("secure_storage")).contains("s3cret"),
                "and never in the clear");
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore(), credentials)) {
            assertEquals(2, manager.connect(uri.text()).hostInfo().cpus(), "the kept login connects, no dialog");
        }

        credentials.remember(uri, "alice", "stale".toCharArray());
        AtomicBoolean asked = LabFixtures.whenShell(loginTitle(uri), dialog -> {
            Text password = LabFixtures.find(dialog, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
            password.setText("s3cret");
            LabFixtures.press(dialog, "OK");
        });
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore(), credentials)) {
            assertEquals(2, manager.connect(uri.text()).hostInfo().cpus(), "the refused login was asked for again");
        }
        assertTrue(asked.get(), "the login dialog opened after the kept password was refused");
        UiTestSupport.pump(100);
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore(), credentials)) {
            assertEquals(2, manager.connect(uri.text()).hostInfo().cpus(), "and the typed one was kept");
        }
    }

    private static String loginTitle(HypervisorUri uri) {
        return org.eclipse.osgi.util.NLS.bind(Messages.Login_title, uri.text());
    }
}
