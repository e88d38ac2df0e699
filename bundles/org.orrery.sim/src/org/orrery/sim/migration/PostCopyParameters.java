package org.orrery.sim.migration;

import java.util.Objects;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * Parameters of post-copy migration. No digest measures post-copy (riteau.md only describes it),
 * so every default is an assumption.
 *
 * @param bandwidthLimit     rate limit of the background push, bytes per second ({@code +Infinity}: none)
 * @param deviceStateBytes   CPU and device state sent while the VM is paused, bytes
 * @param accountingInterval interval at which faults are accounted and a round is reported, nanoseconds
 * @param setupTime          time before the VM pauses, nanoseconds
 * @param wire               page encoding
 */
@Describes
public record PostCopyParameters(
        @Parameter(value = "rate limit of the background push; Infinity for none", unit = "B/s", assumption = true)
        double bandwidthLimit,
        @Parameter(value = "CPU and device state sent while the VM is paused", unit = "B", assumption = true)
        long deviceStateBytes,
        @Parameter(value = "interval at which demand faults are accounted and progress reported", unit = "ns",
                assumption = true) long accountingInterval,
        @Parameter(value = "time before the VM pauses", unit = "ns", assumption = true) long setupTime,
        WireFormat wire) {

    public PostCopyParameters {
        Objects.requireNonNull(wire, "wire");
        if (!(bandwidthLimit > 0) || deviceStateBytes < 0 || accountingInterval <= 0 || setupTime < 0) {
            throw new IllegalArgumentException("post-copy parameters out of range: positive limit and interval,"
                    + " no negative sizes or times");
        }
    }

    /** No limit, 256 KiB of device state, faults accounted every 100 ms, QEMU's page encoding. */
    public static PostCopyParameters defaults() {
        return new PostCopyParameters(Double.POSITIVE_INFINITY, 256 * 1024, 100_000_000L, 0, WireFormat.QEMU);
    }
}
