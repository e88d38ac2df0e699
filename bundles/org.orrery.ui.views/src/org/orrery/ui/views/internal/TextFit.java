package org.orrery.ui.views.internal;

import org.eclipse.swt.graphics.GC;

/** Text that must fit a width in a painted view. */
public final class TextFit {

    private TextFit() {
    }

    /**
     * {@code text} as it is if it fits {@code width} pixels in {@code gc}'s font, else its longest
     * prefix that fits with an ellipsis after it (at least one character). A binary search over the
     * length: painters call it for many labels at every repaint, and each measure is a trip to Pango.
     */
    public static String ellipsize(GC gc, String text, int width) {
        if (text.length() <= 1 || gc.textExtent(text).x <= width) {
            return text;
        }
        int fits = 1;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (gc.textExtent(text.substring(0, mid) + "\u2026").x <= width) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        return text.substring(0, fits) + "\u2026";
    }
}
