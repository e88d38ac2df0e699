package org.orrery.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * A mouse for UI tests that goes through the X server like a user's: the pointer is moved with
 * {@link Display#post} (a real pointer warp and motion events), the left button is pressed and
 * released with the X server's XTest extension.
 * <p>
 * Why not Display.post for the button too: SWT 3.135 on GTK 3 builds posted button events
 * itself and gives them the position (0, 0) of the window under the pointer, so a posted click
 * lands at the wrong place (seen under Xvfb: every MouseDown at minus the control's screen
 * origin, while the posted moves were exact). XTest button events carry the real pointer position.
 */
public final class RealMouse {

    private static Pointer xDisplay;

    private RealMouse() {
    }

    /** Moves the pointer to {@code at} (coordinates of {@code control}). */
    public static void move(Control control, Point at) {
        Point d = control.toDisplay(at);
        Event e = new Event();
        e.type = SWT.MouseMove;
        e.x = d.x;
        e.y = d.y;
        control.getDisplay().post(e);
        UiTestSupport.pump(30);
    }

    /** Moves to {@code at} and presses the left button. */
    public static void press(Control control, Point at) {
        move(control, at);
        button(true);
        UiTestSupport.pump(60);
    }

    /** Moves to {@code at} and releases the left button. */
    public static void release(Control control, Point at) {
        move(control, at);
        button(false);
        UiTestSupport.pump(100);
    }

    /**
     * Clicks at {@code at}. The release comes from another thread while the UI thread handles
     * the press: a control that can be a drag source (GEF's palette) waits, inside the press,
     * for the next mouse event to tell a click from a drag, and takes a drag if none comes.
     */
    public static void click(Control control, Point at) {
        move(control, at);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(120);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            button(false);
        }, "RealMouse release");
        button(true);
        release.start();
        UiTestSupport.pump(300);
        try {
            release.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        UiTestSupport.pump(100);
    }

    /** Presses at {@code from}, moves to {@code to} in steps (past any drag threshold), releases. */
    public static void drag(Control control, Point from, Point to) {
        press(control, from);
        moveInSteps(control, from, to);
        release(control, to);
    }

    public static void moveInSteps(Control control, Point from, Point to) {
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            move(control, new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        }
    }

    /** Presses and releases {@code key} (an SWT key code or character) with {@link Display#post}. */
    public static void key(Display display, int key) {
        Event e = new Event();
        e.type = SWT.KeyDown;
        e.keyCode = key;
        e.character = (char) key;
        display.post(e);
        UiTestSupport.pump(50);
        e.type = SWT.KeyUp;
        display.post(e);
        UiTestSupport.pump(50);
    }

    private static synchronized void button(boolean down) {
        NativeLibrary x11 = NativeLibrary.getInstance("X11");
        NativeLibrary xtst = NativeLibrary.getInstance("Xtst");
        if (xDisplay == null) {
            xDisplay = (Pointer) x11.getFunction("XOpenDisplay").invoke(Pointer.class, new Object[] {null});
            if (xDisplay == null) {
                throw new IllegalStateException("cannot open the X display " + System.getenv("DISPLAY"));
            }
        }
        xtst.getFunction("XTestFakeButtonEvent").invokeInt(new Object[] {xDisplay, 1, down ? 1 : 0, 0L});
        x11.getFunction("XFlush").invokeInt(new Object[] {xDisplay});
    }
}
