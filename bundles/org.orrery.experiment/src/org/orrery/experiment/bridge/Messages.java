package org.orrery.experiment.bridge;

import org.eclipse.osgi.util.NLS;

/** What the bridge tells a user about their model (messages.properties). */
final class Messages extends NLS {
    public static String Error_noModel;
    public static String Error_phoneNoClone;
    public static String Error_phoneNoInstance;
    public static String Error_phoneParameters;
    public static String Error_phoneNoTarget;
    public static String Error_phoneTarget;
    public static String Error_phoneAction;
    public static String Error_phoneParameterUnknown;
    public static String Error_phoneSweep;
    public static String Note_phoneParameter;
    public static String Note_phoneDefaultWork;
    public static String Note_phoneOnePolicy;
    public static String Note_phoneEnergy;
    public static String Note_phoneOverride;
    public static String Note_phoneOverrideSwept;
    public static String Error_phoneOverrideUnknown;
    public static String Error_phoneOverridesWithoutPhones;
    public static String Assumption;
    public static String Error_engine;
    public static String Error_invalid;
    public static String Error_migrationPolicies;
    public static String Error_algorithm;
    public static String Error_parameterUnknown;
    public static String Error_parameterUnit;
    public static String Error_parameterInvalid;
    public static String Error_parameterNoUnit;
    public static String Error_targetNotVm;
    public static String Error_targetNotVmOrOverlay;
    public static String Error_overlayWithoutVms;
    public static String Note_singleMigrationParameters;
    public static String ClusterMigration;
    public static String Error_schedulerPolicies;
    public static String Error_schedulerPolicy;
    public static String Error_targetNotJob;
    public static String Error_twoJobsOneVm;
    public static String Error_noJobs;
    public static String Error_jobsNotOnOneHost;
    public static String Error_hostWithoutPcpus;
    public static String Error_jobKind;
    public static String Note_jobsStartAtZero;
    public static String NotPlaced;
    public static String Error_noDestination;
    public static String Error_destinationKind;
    public static String Error_siteWithoutHosts;
    public static String Error_linkParameter;
    public static String Error_noTargets;
    public static String Note_stepIgnored;
    public static String Note_policyIgnored;
    public static String Note_targetIgnored;
    public static String Note_defaultMigration;
    public static String Note_algorithmUnused;
    public static String Note_warning;
    public static String None;
    public static String Dimension_number;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
