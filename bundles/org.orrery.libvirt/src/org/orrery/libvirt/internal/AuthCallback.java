package org.orrery.libvirt.internal;

import java.util.Arrays;
import java.util.Optional;

import org.libvirt.ConnectAuth;
import org.orrery.libvirt.Credentials;
import org.orrery.libvirt.Credentials.Login;
import org.orrery.libvirt.HypervisorUri;

/**
 * Answers a host's questions for a user name and password while one connection opens. libvirt may
 * ask for the name and the password in separate calls; the login is asked for once per attempt
 * and wiped when the connection no longer needs it.
 */
final class AuthCallback extends ConnectAuth {

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
    public int callback(Credential[] questions) {
        if (!asked) {
            asked = true;
            String prompt = questions.length == 0 ? "" : questions[questions.length - 1].prompt;
            Optional<Login> answer = credentials.login(uri, prompt == null ? "" : prompt, retry);
            login = answer.orElse(null);
        }
        if (login == null) {
            // libvirt-java copies every result back even when we give up: leave none null
            for (Credential question : questions) {
                question.result = "";
            }
            return -1; // libvirt then fails the connection as refused
        }
        for (Credential question : questions) {
            question.result = switch (question.type) {
                case VIR_CRED_PASSPHRASE, VIR_CRED_NOECHOPROMPT -> new String(login.password());
                default -> login.user();
            };
        }
        return 0;
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
