package org.orrery.sim.phone;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * The free parameters of one simulated AMPhone (amphone.md): the Wi-Fi link, the sync daemon, the
 * workloads and the protocol's costs. The source gives none of the sizes, rates or times: the
 * defaults are assumptions (marked), except the speed-up (5-12x measured) and the virtualization
 * overhead. Every value is listed in a run's notes.
 */
@Describes
public record PhoneParameters(
        @Parameter(value = "Wi-Fi bandwidth, shared by both directions (Wi-Fi is half duplex)", unit = "Mbit/s",
                source = "orrery.ecore SyncPolicy.wifiBandwidthMbps default", assumption = true)
        double wifiMbps,
        @Parameter(value = "one-way Wi-Fi latency phone to cloud", unit = "ms", assumption = true) double wifiLatencyMs,
        @Parameter(value = "pending changes on either side that start a two-way sync", unit = "KiB",
                source = "orrery.ecore SyncPolicy.thresholdKB default", assumption = true) double thresholdKiB,
        @Parameter(value = "input events (keys, touches) per second, Poisson", unit = "1/s",
                source = "orrery.ecore SyncPolicy.inputEventRatePerS default", assumption = true)
        double inputEventRate,
        @Parameter(value = "bytes per input event on the wire", unit = "B", assumption = true) int inputEventBytes,
        @Parameter(value = "phone CPU time to process one input event (the clone needs it / speed-up)", unit = "s",
                assumption = true) double inputEventCpuS,
        @Parameter(value = "storage writes per second of an instance running on the phone, Poisson (x speed-up"
                + " in the cloud: writes follow work done)", unit = "1/s", assumption = true) double writeRate,
        @Parameter(value = "mean bytes of one storage write, exponential", unit = "B", assumption = true)
        double writeMeanBytes,
        @Parameter(value = "files of an instance's storage that apps write (uniformly)", unit = "files",
                assumption = true) int files,
        @Parameter(value = "size of each of those files", unit = "B", assumption = true) long fileBytes,
        @Parameter(value = "time to suspend and checkpoint an instance", unit = "s", assumption = true)
        double checkpointS,
        @Parameter(value = "checkpointed execution state sent with the upload (registers, dirty memory, compressed)",
                unit = "B", assumption = true) long checkpointStateBytes,
        @Parameter(value = "time to activate the clone from its substrate once the upload has landed", unit = "s",
                source = "substrate.md: dock or reactivate of a ~128 MB VM in at most 0.875 s") double activateS,
        @Parameter(value = "how long a phone waits for the final sync-back over a dead link before it resumes"
                + " with what it has", unit = "s", assumption = true) double resumeTimeoutS,
        @Parameter(value = "a sync session's negotiation before data moves, in round trips", unit = "RTT",
                source = "org.orrery.sync protocol: scan summaries, plan, missing chunks") int negotiateRoundTrips,
        @Parameter(value = "transfer model of the real sync engine") TransferModel transfer,
        @Parameter(value = "phone energy model (assumption)") EnergyModel energy) {

    /** Every default. */
    public static final PhoneParameters DEFAULT = new PhoneParameters(20, 5, 512, 2, 64, 0.005, 0.5, 16 * 1024, 200,
            1 << 20, 0.5, 8L << 20, 0.875, 10, 2, TransferModel.DEFAULT, EnergyModel.DEFAULT);

    public PhoneParameters {
        require(wifiMbps > 0 && !Double.isInfinite(wifiMbps), "wifiMbps must be positive and finite", wifiMbps);
        // finite too: the user sets these in the workbench and on the command line
        require(wifiLatencyMs >= 0 && !Double.isInfinite(wifiLatencyMs), "wifiLatencyMs must be finite and not negative",
                wifiLatencyMs);
        require(thresholdKiB >= 0 && !Double.isInfinite(thresholdKiB), "thresholdKiB must be finite and not negative",
                thresholdKiB);
        require(inputEventRate >= 0 && !Double.isInfinite(inputEventRate),
                "inputEventRate must be finite and not negative", inputEventRate);
        require(inputEventBytes > 0, "inputEventBytes must be positive", inputEventBytes);
        require(inputEventCpuS >= 0, "inputEventCpuS must not be negative", inputEventCpuS);
        require(writeRate >= 0, "writeRate must not be negative", writeRate);
        require(writeMeanBytes >= 1, "writeMeanBytes must be at least 1", writeMeanBytes);
        require(files > 0, "files must be positive", files);
        require(fileBytes > 0, "fileBytes must be positive", fileBytes);
        require(checkpointS >= 0 && activateS >= 0 && resumeTimeoutS >= 0,
                "checkpointS, activateS and resumeTimeoutS must not be negative", checkpointS);
        require(checkpointStateBytes >= 0, "checkpointStateBytes must not be negative", checkpointStateBytes);
        require(negotiateRoundTrips >= 0, "negotiateRoundTrips must not be negative", negotiateRoundTrips);
        if (transfer == null || energy == null) {
            throw new IllegalArgumentException("phone parameters: transfer and energy models are required");
        }
    }

    private static void require(boolean ok, String what, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("phone parameters: " + what + ": " + value);
        }
    }

    /** The threshold in bytes. */
    public long thresholdBytes() {
        return Math.round(thresholdKiB * 1024);
    }

    /** A copy with another Wi-Fi bandwidth. */
    public PhoneParameters withWifiMbps(double mbps) {
        return copy(mbps, wifiLatencyMs, thresholdKiB, inputEventRate, writeRate, energy);
    }

    /** A copy with another one-way Wi-Fi latency. */
    public PhoneParameters withWifiLatencyMs(double ms) {
        return copy(wifiMbps, ms, thresholdKiB, inputEventRate, writeRate, energy);
    }

    /** A copy with another sync threshold. */
    public PhoneParameters withThresholdKiB(double kib) {
        return copy(wifiMbps, wifiLatencyMs, kib, inputEventRate, writeRate, energy);
    }

    /** A copy with another input event rate. */
    public PhoneParameters withInputEventRate(double perSecond) {
        return copy(wifiMbps, wifiLatencyMs, thresholdKiB, perSecond, writeRate, energy);
    }

    /** A copy with another storage write rate. */
    public PhoneParameters withWriteRate(double perSecond) {
        return copy(wifiMbps, wifiLatencyMs, thresholdKiB, inputEventRate, perSecond, energy);
    }

    /** A copy with another energy model. */
    public PhoneParameters withEnergy(EnergyModel model) {
        return copy(wifiMbps, wifiLatencyMs, thresholdKiB, inputEventRate, writeRate, model);
    }

    /**
     * The parameters a user may set for a run ({@link #set}, the workbench's Phone Clones controls,
     * {@code orrery run --set}), in the order they are shown; each a component of this record.
     */
    public static final java.util.List<String> CONTROLS = java.util.List.of("wifiMbps", "wifiLatencyMs",
            "thresholdKiB", "inputEventRate");

    /** The value of one of {@link #CONTROLS}. */
    public double control(String name) {
        return switch (name) {
            case "wifiMbps" -> wifiMbps;
            case "wifiLatencyMs" -> wifiLatencyMs;
            case "thresholdKiB" -> thresholdKiB;
            case "inputEventRate" -> inputEventRate;
            default -> throw new IllegalArgumentException("phone parameters: " + name + " is not one of " + CONTROLS);
        };
    }

    /** A copy with one of {@link #CONTROLS} at {@code value} (checked as the constructor checks it). */
    public PhoneParameters set(String name, double value) {
        return switch (name) {
            case "wifiMbps" -> withWifiMbps(value);
            case "wifiLatencyMs" -> withWifiLatencyMs(value);
            case "thresholdKiB" -> withThresholdKiB(value);
            case "inputEventRate" -> withInputEventRate(value);
            default -> throw new IllegalArgumentException("phone parameters: " + name + " is not one of " + CONTROLS);
        };
    }

    /** The parameters a run may change (scenario steps, sweeps, the user's controls), the rest kept. */
    private PhoneParameters copy(double wifi, double latencyMs, double threshold, double eventRate, double writes,
            EnergyModel model) {
        return new PhoneParameters(wifi, latencyMs, threshold, eventRate, inputEventBytes, inputEventCpuS, writes,
                writeMeanBytes, files, fileBytes, checkpointS, checkpointStateBytes, activateS, resumeTimeoutS,
                negotiateRoundTrips, transfer, model);
    }
}
