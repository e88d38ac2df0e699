package org.orrery.ui.diagram.internal.live;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * A host's load as its fill: pale green when idle, through pale yellow, to pale red when full;
 * pale, so that the texts and the VMs on it stay readable. The load is the host's CPU load when
 * the run reports it (the libvirt monitor), else its VMs per physical CPU (the simulator's census).
 */
final class LoadColours {

    static final RGB IDLE = new RGB(214, 242, 214);
    static final RGB HALF = new RGB(255, 236, 170);
    static final RGB FULL = new RGB(252, 190, 180);
    private static final int STEPS = 20;
    private static final Color[] SCALE = new Color[STEPS + 1];

    static {
        for (int i = 0; i <= STEPS; i++) {
            SCALE[i] = new Color(at((double) i / STEPS));
        }
    }

    private LoadColours() {
    }

    /** 0 (idle) to 1 (full) for a host with {@code pcpus} CPUs and these figures (NaN when unknown); NaN when nothing is known. */
    static double load(double cpu, double vms, int pcpus) {
        if (!Double.isNaN(cpu)) {
            return clamp(cpu);
        }
        if (!Double.isNaN(vms)) {
            return clamp(vms / Math.max(1, pcpus));
        }
        return Double.NaN;
    }

    /** The fill for {@code load} (0 to 1), in {@value #STEPS} steps so that a tick makes no new colours. */
    static Color of(double load) {
        return SCALE[(int) Math.round(clamp(load) * STEPS)];
    }

    static RGB at(double load) {
        double t = clamp(load);
        return t < 0.5 ? mix(IDLE, HALF, t * 2) : mix(HALF, FULL, (t - 0.5) * 2);
    }

    private static RGB mix(RGB a, RGB b, double t) {
        return new RGB((int) Math.round(a.red + (b.red - a.red) * t), (int) Math.round(a.green + (b.green - a.green) * t),
                (int) Math.round(a.blue + (b.blue - a.blue) * t));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
