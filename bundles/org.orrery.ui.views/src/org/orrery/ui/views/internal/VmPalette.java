package org.orrery.ui.views.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Colours of threads: one hue per VM (golden-angle steps, in the order VMs are first seen),
 * siblings share it at different lightness by vCPU number; threads that are no vCPU are grey.
 * SWT 3.120+ colours need no disposal.
 */
final class VmPalette {

    private final Display display;
    private final Map<String, Integer> vmIndex = new HashMap<>();
    private final Map<String, Color> cache = new HashMap<>();

    VmPalette(Display display) {
        this.display = display;
    }

    Color of(String subject) {
        return cache.computeIfAbsent(subject, s -> new Color(display, rgb(s)));
    }

    private RGB rgb(String subject) {
        String vm = RunQueueFrame.vmOf(subject);
        if (vm == null) {
            return new RGB(190, 190, 190);
        }
        int index = vmIndex.computeIfAbsent(vm, v -> vmIndex.size());
        int vcpu = 0;
        int at = subject.lastIndexOf("vcpu");
        if (at >= 0) {
            try {
                vcpu = Integer.parseInt(subject.substring(at + 4));
            } catch (NumberFormatException e) {
                vcpu = 0;
            }
        }
        float hue = (index * 137.508f) % 360f;
        float brightness = Math.max(0.55f, 0.97f - 0.1f * (vcpu % 5));
        return new RGB(hue, 0.55f, brightness);
    }
}
