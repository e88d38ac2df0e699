package org.orrery.ui.lab.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the lab UI (messages.properties). */
public final class Messages extends NLS {
    public static String Launch_title;
    public static String Launch_noModel;
    public static String Launch_nothing;
    public static String Launch_checking;
    public static String Launch_problems;
    public static String Launch_button;
    public static String Launch_rollback;
    public static String Launch_stepsColumn;
    public static String Launch_nameColumn;
    public static String Launch_hostColumn;
    public static String Launch_uriColumn;
    public static String Launch_defineNetwork;
    public static String Launch_defineDomain;
    public static String Launch_defineStartDomain;
    public static String Launch_definePauseDomain;
    public static String Launch_needsNetwork;
    public static String Launch_createDisk;
    public static String Launch_needsFile;
    public static String Launch_leftOut;
    public static String Launch_xmlHint;
    public static String Launch_notes;
    public static String Launch_job;
    public static String Launch_reportTitle;
    public static String Discover_title;
    public static String Discover_message;
    public static String Discover_fromModel;
    public static String Discover_fromUri;
    public static String Discover_noModel;
    public static String Discover_uriHint;
    public static String Discover_noFolder;
    public static String Discover_job;
    public static String Discover_reportTitle;
    public static String Discover_written;
    public static String Migrate_title;
    public static String Migrate_message;
    public static String Migrate_noModel;
    public static String Migrate_noCandidates;
    public static String Migrate_vm;
    public static String Migrate_destination;
    public static String Migrate_bandwidth;
    public static String Migrate_downtime;
    public static String Migrate_uri;
    public static String Migrate_uriHint;
    public static String Migrate_timeout;
    public static String Migrate_badNumber;
    public static String Migrate_sameHost;
    public static String Migrate_button;
    public static String Migrate_job;
    public static String Migrate_waiting;
    public static String Migrate_progress;
    public static String Migrate_reportTitle;
    public static String Migrate_modelNotSaved;
    public static String Lab_none;
    public static String Lab_status;
    public static String Lab_watch;
    public static String Lab_rate;
    public static String Lab_runQueues;
    public static String Lab_runQueuesTip;
    public static String Lab_name;
    public static String Lab_state;
    public static String Lab_vcpus;
    public static String Lab_memory;
    public static String Lab_cpu;
    public static String Lab_memoryUsed;
    public static String Lab_wait;
    public static String Lab_connecting;
    public static String Lab_connected;
    public static String Lab_unreachable;
    public static String Lab_cancel;
    public static String Lab_migrationDone;
    public static String Login_title;
    public static String Login_message;
    public static String Login_retry;
    public static String Login_user;
    public static String Login_password;
    public static String Login_remember;
    public static String Login_notStored;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
