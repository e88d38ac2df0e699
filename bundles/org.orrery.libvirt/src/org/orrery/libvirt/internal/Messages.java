package org.orrery.libvirt.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the libvirt driver that reach the user (messages.properties). */
public final class Messages extends NLS {
    public static String Uri_forms;
    public static String Uri_empty;
    public static String Uri_unsupported;
    public static String Uri_noNodeFile;
    public static String Uri_sshNoHost;
    public static String Uri_badParameter;
    public static String Uri_unixSocket;
    public static String NotInstalled;
    public static String Failure;
    public static String Op_connect;
    public static String Op_hostInfo;
    public static String Op_list;
    public static String Op_lookup;
    public static String Op_define;
    public static String Op_start;
    public static String Op_suspend;
    public static String Op_resume;
    public static String Op_destroy;
    public static String Op_undefine;
    public static String Op_eventLoop;
    public static String Why_xml;
    public static String Why_noDomain;
    public static String Why_unreachable;
    public static String Why_auth;
    public static String Why_denied;
    public static String Why_exists;
    public static String Why_state;
    public static String Why_unsupported;
    public static String Why_other;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
