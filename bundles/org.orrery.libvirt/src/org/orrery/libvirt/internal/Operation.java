package org.orrery.libvirt.internal;

import org.eclipse.osgi.util.NLS;

/** The operations the driver performs, named for failure messages. */
enum Operation {
    CONNECT, HOST_INFO, LIST, LOOKUP, XML, DEFINE, START, SUSPEND, RESUME, DESTROY, UNDEFINE, SAMPLE, EVENT_LOOP,
    NETWORK_LIST, NETWORK_LOOKUP, NETWORK_XML, NETWORK_DEFINE, NETWORK_START, NETWORK_DESTROY, NETWORK_UNDEFINE,
    MIGRATE, JOB_STATS, SET_DOWNTIME, ABORT_JOB,
    POOL_LIST, POOL_LOOKUP, POOL_DEFINE, POOL_START, POOL_DESTROY, POOL_UNDEFINE, POOL_REFRESH, VOLUME_LOOKUP,
    VOLUME_CREATE, VOLUME_DELETE;

    /**
     * What was attempted, e.g. "start domain 'web-1' on test:///default".
     *
     * @param object the domain or network acted on, or null
     * @param uri    the host's URI
     * @param other  a second host (a migration's destination), or null
     */
    String describe(String object, String uri, String other) {
        String template = switch (this) {
            case CONNECT -> Messages.Op_connect;
            case HOST_INFO -> Messages.Op_hostInfo;
            case LIST -> Messages.Op_list;
            case LOOKUP -> Messages.Op_lookup;
            case XML -> Messages.Op_xml;
            case DEFINE -> Messages.Op_define;
            case START -> Messages.Op_start;
            case SUSPEND -> Messages.Op_suspend;
            case RESUME -> Messages.Op_resume;
            case DESTROY -> Messages.Op_destroy;
            case UNDEFINE -> Messages.Op_undefine;
            case SAMPLE -> Messages.Op_sample;
            case EVENT_LOOP -> Messages.Op_eventLoop;
            case NETWORK_LIST -> Messages.Op_networkList;
            case NETWORK_LOOKUP -> Messages.Op_networkLookup;
            case NETWORK_XML -> Messages.Op_networkXml;
            case NETWORK_DEFINE -> Messages.Op_networkDefine;
            case NETWORK_START -> Messages.Op_networkStart;
            case NETWORK_DESTROY -> Messages.Op_networkDestroy;
            case NETWORK_UNDEFINE -> Messages.Op_networkUndefine;
            case MIGRATE -> Messages.Op_migrate;
            case JOB_STATS -> Messages.Op_jobStats;
            case SET_DOWNTIME -> Messages.Op_setDowntime;
            case ABORT_JOB -> Messages.Op_abortJob;
            case POOL_LIST -> Messages.Op_poolList;
            case POOL_LOOKUP -> Messages.Op_poolLookup;
            case POOL_DEFINE -> Messages.Op_poolDefine;
            case POOL_START -> Messages.Op_poolStart;
            case POOL_DESTROY -> Messages.Op_poolDestroy;
            case POOL_UNDEFINE -> Messages.Op_poolUndefine;
            case POOL_REFRESH -> Messages.Op_poolRefresh;
            case VOLUME_LOOKUP -> Messages.Op_volumeLookup;
            case VOLUME_CREATE -> Messages.Op_volumeCreate;
            case VOLUME_DELETE -> Messages.Op_volumeDelete;
        };
        return NLS.bind(template, new Object[] {object, uri, other});
    }
}
