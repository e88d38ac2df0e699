package org.orrery.ui.views.internal.timeline;

import org.eclipse.swt.graphics.RGB;

/**
 * The timeline's colours, fixed so the legend explains every one: lanes take turns through hues
 * that are neither the warning red/amber/green nor the page-class colours, so a warning never
 * reads as a lane.
 */
public final class TimelinePalette {

    private static final RGB[] LANES = {new RGB(52, 110, 190), new RGB(130, 90, 185), new RGB(20, 150, 170),
        new RGB(150, 100, 60), new RGB(200, 95, 160), new RGB(70, 70, 150), new RGB(95, 125, 140),
        new RGB(90, 160, 220)};

    /** Sent bars and lane swatches take the lane colour; remaining bars are this grey. */
    public static final RGB REMAINING = new RGB(150, 150, 150);
    public static final RGB INK = new RGB(30, 30, 30);
    public static final RGB MUTED = new RGB(105, 105, 105);
    public static final RGB GRID = new RGB(228, 228, 228);
    public static final RGB STRIPE = new RGB(246, 247, 249);
    public static final RGB BACKGROUND = new RGB(255, 255, 255);
    public static final RGB RED = new RGB(210, 35, 35);
    public static final RGB AMBER = new RGB(235, 150, 0);
    public static final RGB GREEN = new RGB(40, 160, 70);
    public static final RGB GAUGE = new RGB(222, 222, 222);
    public static final RGB NOW = new RGB(30, 90, 220);
    public static final RGB SELECTION = new RGB(30, 90, 220);
    public static final RGB PAGES_FULL = new RGB(60, 60, 60);
    public static final RGB PAGES_DEDUPLICATED = new RGB(0, 170, 140);
    public static final RGB PAGES_PULLED = new RGB(235, 110, 30);

    private TimelinePalette() {
    }

    /** The colour of lane {@code index}. */
    public static RGB lane(int index) {
        return LANES[Math.floorMod(index, LANES.length)];
    }

    /** {@code rgb} mixed with white: {@code 0} is white, {@code 1} the colour itself. */
    public static RGB tint(RGB rgb, double amount) {
        return new RGB(mix(255, rgb.red, amount), mix(255, rgb.green, amount), mix(255, rgb.blue, amount));
    }

    /** {@code rgb} darkened by {@code amount} (0 unchanged, 1 black). */
    public static RGB shade(RGB rgb, double amount) {
        return new RGB(mix(rgb.red, 0, amount), mix(rgb.green, 0, amount), mix(rgb.blue, 0, amount));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }
}
