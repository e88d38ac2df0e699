package org.orrery.libvirt.internal;

import org.eclipse.osgi.util.NLS;

/** The operations the driver performs, named for failure messages. */
enum Operation {
    CONNECT, HOST_INFO, LIST, LOOKUP, DEFINE, START, SUSPEND, RESUME, DESTROY, UNDEFINE, EVENT_LOOP;

    /** What was attempted, e.g. "start domain 'web-1' on test:///default". */
    String describe(String domain, String uri) {
        String template = switch (this) {
            case CONNECT -> Messages.Op_connect;
            case HOST_INFO -> Messages.Op_hostInfo;
            case LIST -> Messages.Op_list;
            case LOOKUP -> Messages.Op_lookup;
            case DEFINE -> Messages.Op_define;
            case START -> Messages.Op_start;
            case SUSPEND -> Messages.Op_suspend;
            case RESUME -> Messages.Op_resume;
            case DESTROY -> Messages.Op_destroy;
            case UNDEFINE -> Messages.Op_undefine;
            case EVENT_LOOP -> Messages.Op_eventLoop;
        };
        return NLS.bind(template, domain, uri);
    }
}
