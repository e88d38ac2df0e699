package org.orrery.libvirt;

import java.util.Optional;

/**
 * Where a connection gets a user name and password when a host asks for them (libvirt's
 * authentication callback). Orrery never writes them to a plain file: the workbench answers from
 * Eclipse secure storage or asks the user. SSH hosts should use keys (ssh-agent), which need no
 * answer here.
 */
@FunctionalInterface
public interface Credentials {

    /** Answers nothing: hosts that require a password refuse the connection. */
    Credentials NONE = (uri, prompt, retry) -> Optional.empty();

    /**
     * A login for {@code uri}.
     *
     * @param uri    the host asking
     * @param prompt the host's own question (e.g. "Enter alice's password for localhost")
     * @param retry  whether an earlier answer for this URI was just refused
     * @return the login, or empty to give up (the connection then fails as refused)
     */
    Optional<Login> login(HypervisorUri uri, String prompt, boolean retry);

    /**
     * A user name and password. The password is a char array so that the caller can wipe it.
     *
     * @param user     user name
     * @param password password or passphrase
     */
    record Login(String user, char[] password) {
    }
}
