package org.orrery.ui.views.internal.phones;

import org.eclipse.osgi.util.NLS;

/** Strings of the phone-clone view (phones.properties). */
final class PhoneMessages extends NLS {
    public static String noRun;
    public static String noPhones;
    public static String status;
    public static String phoneInstance;
    public static String clone;
    public static String phoneTree;
    public static String cloneTree;
    public static String realSync;
    public static String speedUp;
    public static String speedUpUnknown;
    public static String inputQueue;
    public static String pendingUp;
    public static String pendingDown;
    public static String threshold;
    public static String sentUp;
    public static String sentDown;
    public static String noTransfer;
    public static String noTransferLast;
    public static String transfer;
    public static String transferChunks;
    public static String totals;
    public static String realTotals;
    public static String suspendedBracket;
    public static String cloneActiveBracket;
    public static String energy;
    public static String energyUnknown;
    public static String energyLegend;
    public static String energyLegendNoParameters;
    public static String failed;
    public static String wifiDown;
    public static String stepCheckpoint;
    public static String stepUpload;
    public static String stepActivate;
    public static String stepReplay;
    public static String stepCloudRun;
    public static String stepSyncBack;
    public static String stepRunning;
    public static String stepScan;
    public static String stepNegotiate;
    public static String stepTransfer;
    public static String stepVerify;
    public static String stepInstall;
    public static String stepInSync;
    public static String daemonSync;
    public static String stepOf;
    public static String rateUnknown;
    public static String noPhone;
    public static String parametersUnknown;
    public static String parameterWifi;
    public static String parameterLatency;
    public static String parameterThreshold;
    public static String parameterInput;
    public static String parameterOverride;
    public static String parameterSwept;
    public static String parameterScenario;
    public static String inferred;
    public static String controlWifi;
    public static String controlLatency;
    public static String controlThreshold;
    public static String controlInput;
    public static String controlRerun;
    public static String controlRerunSeed;
    public static String controlModel;
    public static String controlModelTip;
    public static String controlTip;
    public static String controlOverride;
    public static String controlSwept;
    public static String controlRecording;
    public static String controlElsewhere;
    public static String controlPhones;
    public static String controlNotNumber;

    static {
        NLS.initializeMessages("org.orrery.ui.views.internal.phones.phones", PhoneMessages.class);
    }

    private PhoneMessages() {
    }

    /** The indicator's label of a protocol or real-sync step. */
    static String step(String step) {
        return switch (step) {
            case "checkpoint" -> stepCheckpoint;
            case "upload" -> stepUpload;
            case "activate" -> stepActivate;
            case "replay" -> stepReplay;
            case "cloud-run" -> stepCloudRun;
            case "sync-back" -> stepSyncBack;
            case "running" -> stepRunning;
            case "scan" -> stepScan;
            case "negotiate" -> stepNegotiate;
            case "transfer" -> stepTransfer;
            case "verify" -> stepVerify;
            case "install" -> stepInstall;
            case "in-sync" -> stepInSync;
            default -> step;
        };
    }
}
