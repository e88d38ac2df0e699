package org.orrery.libvirt.internal;

import org.libvirt.Connect;
import org.libvirt.ConnectAuth;
import org.libvirt.LibvirtException;
import org.libvirt.jna.ConnectionPointer;

/**
 * A libvirt-java connection that also hands out its native pointer, for the few libvirt calls
 * libvirt-java 0.5.4 does not bind (bulk domain statistics, see {@link BulkStats}).
 */
final class NativeConnect extends Connect {

    NativeConnect(String uri, ConnectAuth auth) throws LibvirtException {
        super(uri, auth, 0);
    }

    /** The native connection (libvirt-java keeps it in a protected field). */
    ConnectionPointer pointer() {
        return vcp;
    }
}
