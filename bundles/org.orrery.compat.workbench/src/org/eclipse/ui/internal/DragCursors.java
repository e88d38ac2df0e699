package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench's drag cursors as Eclipse 3.2 had them. GEF 3.2's flyout palette asks for them
 * while the user drags the palette to the other side of the editor; the modern workbench no
 * longer has the class, so without this fragment of org.eclipse.ui.workbench that drag ends in
 * a NoClassDefFoundError. The constants are 3.2's; the cursors are the system's, which need no
 * disposal.
 * <p>
 * No package-info here: the package is the workbench's, this fragment only adds one class to it.
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    /** The cursor GEF shows for a drag towards {@code which} (one of the constants above). */
    public static Cursor getCursor(int which) {
        int style = switch (which) {
            case LEFT, RIGHT -> SWT.CURSOR_SIZEWE;
            case TOP, BOTTOM -> SWT.CURSOR_SIZENS;
            case CENTER, FASTVIEW -> SWT.CURSOR_SIZEALL;
            default -> SWT.CURSOR_NO;
        };
        return Display.getCurrent().getSystemCursor(style);
    }
}
