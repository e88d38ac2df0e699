package org.orrery.libvirt.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.libvirt.ConnectAuth;
import org.libvirt.jna.virConnectCredential;
import org.orrery.libvirt.Credentials;
import org.orrery.libvirt.Credentials.Login;
import org.orrery.libvirt.HypervisorUri;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * Answers a host's questions for a user name and password while one connection opens. libvirt may
 * ask for the name and the password in separate calls; the login is asked for once per attempt
 * and wiped when the connection no longer needs it.
 * <p>
 * The answers are written into libvirt's credential structures here, not by libvirt-java: libvirt
 * frees each answer with {@code free()}, and libvirt-java hands it memory of JNA's own, which JNA
 * frees again later (a double free that aborts the JVM). So every answer is {@code malloc}ed.
 */
final class AuthCallback extends ConnectAuth {

    /** VIR_CRED_PASSPHRASE and VIR_CRED_NOECHOPROMPT: the questions answered with the password. */
    private static final int PASSPHRASE = 5;
    private static final int NOECHOPROMPT = 7;

    private final HypervisorUri uri;
    private final Credentials credentials;
    private final boolean retry;
    private Login login;
    private boolean asked;

    AuthCallback(HypervisorUri uri, Credentials credentials, boolean retry) {
        this.uri = uri;
        this.credentials = credentials;
        this.retry = retry;
        credType = new CredentialType[] {CredentialType.VIR_CRED_AUTHNAME, CredentialType.VIR_CRED_USERNAME,
            CredentialType.VIR_CRED_PASSPHRASE, CredentialType.VIR_CRED_ECHOPROMPT,
            CredentialType.VIR_CRED_NOECHOPROMPT};
    }

    @Override
    public int authCallback(virConnectCredential first, int count, Pointer data) {
        Structure[] questions = first.toArray(count);
        for (Structure q : questions) {
            // JNA would write the Java fields (no answer) back over the answers after we return
            q.setAutoWrite(false);
        }
        if (!asked) {
            asked = true;
            String prompt = count == 0 ? "" : ((virConnectCredential) questions[count - 1]).prompt;
            Optional<Login> answer = credentials.login(uri, prompt == null ? "" : prompt, retry);
            login = answer.orElse(null);
        }
        if (login == null) {
            return -1; // libvirt then fails the connection as refused
        }
        // struct virConnectCredential { int type; char *prompt, *challenge, *defresult, *result; unsigned resultlen; }
        long pointer = Native.POINTER_SIZE;
        for (Structure s : questions) {
            virConnectCredential question = (virConnectCredential) s;
            String text = question.type == PASSPHRASE || question.type == NOECHOPROMPT ? new String(login.password())
                    : login.user();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long memory = Native.malloc(bytes.length + 1L);
            Pointer answer = new Pointer(memory);
            answer.write(0, bytes, 0, bytes.length);
            answer.setByte(bytes.length, (byte) 0);
            question.getPointer().setPointer(4 * pointer, answer);
            question.getPointer().setInt(5 * pointer, bytes.length);
        }
        return 0;
    }

    @Override
    public int callback(Credential[] questions) {
        // never called: authCallback above answers libvirt directly
        return -1;
    }

    /** Whether the user (or the secure storage) gave an answer. */
    boolean answered() {
        return login != null;
    }

    /** Wipes the password this attempt held. */
    void wipe() {
        if (login != null) {
            Arrays.fill(login.password(), '\0');
            login = null;
        }
    }
}
