package org.orrery.sim.phone;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * ASSUMPTION: the phone's energy. amphone.md gives no energy figure, so every number here is ours,
 * of the order of published Wi-Fi and Cortex-A7 measurements, and reported as an assumption.
 * <p>
 * Radio, one state at a time: {@code active} while at least one transfer of the phone is on the
 * Wi-Fi link (either direction; the time data is on the air, latency excluded), then {@code tail}
 * for {@link #radioTailS} after the last one ends (the radio stays awake), then {@code idle}.
 * CPU: {@link #cpuIdleW} always, plus {@link #cpuBusyW} times the share of the phone's instances
 * running locally (a suspended instance only captures input: its apps do not run).
 * <pre>
 * E = radioActiveW * t_active + radioTailW * t_tail + radioIdleW * t_idle
 *   + cpuIdleW * t + cpuBusyW * sum over instances (t_local / instances)
 * </pre>
 *
 * @param radioActiveW radio power while transferring
 * @param radioTailW   radio power in the tail after a transfer
 * @param radioTailS   length of the tail
 * @param radioIdleW   radio power when idle (associated, power save)
 * @param cpuBusyW     CPU power with every instance running locally
 * @param cpuIdleW     CPU power with no instance running locally
 */
@Describes
public record EnergyModel(
        @Parameter(value = "radio power while a transfer is on the air", unit = "W",
                source = "orrery.ecore SyncPolicy.radioPowerW default", assumption = true) double radioActiveW,
        @Parameter(value = "radio power in the tail after a transfer", unit = "W", assumption = true)
        double radioTailW,
        @Parameter(value = "length of the radio tail after the last transfer", unit = "s", assumption = true)
        double radioTailS,
        @Parameter(value = "radio power when idle", unit = "W", assumption = true) double radioIdleW,
        @Parameter(value = "CPU power with every instance running locally", unit = "W",
                source = "orrery.ecore SyncPolicy.cpuPowerW default", assumption = true) double cpuBusyW,
        @Parameter(value = "CPU power with no instance running locally (capturing input only)", unit = "W",
                assumption = true) double cpuIdleW) {

    /** The defaults: all assumptions. */
    public static final EnergyModel DEFAULT = new EnergyModel(1.0, 0.4, 0.2, 0.02, 0.5, 0.05);

    public EnergyModel {
        for (double v : new double[] {radioActiveW, radioTailW, radioTailS, radioIdleW, cpuBusyW, cpuIdleW}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("energy model: every power and time must be finite and not"
                        + " negative: " + this);
            }
        }
    }

    /** Radio power in {@code state}. */
    public double radioPower(RadioState state) {
        return switch (state) {
            case ACTIVE -> radioActiveW;
            case TAIL -> radioTailW;
            case IDLE -> radioIdleW;
        };
    }

    /** CPU power with {@code local} of {@code instances} running locally. */
    public double cpuPower(int local, int instances) {
        return cpuIdleW + (instances == 0 ? 0 : cpuBusyW * local / instances);
    }

    /** The radio's states. */
    public enum RadioState {
        IDLE, ACTIVE, TAIL
    }
}
