package org.orrery.ui.views.internal.phones;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.testing.UiTestSupport;

/** Phone Clones as tests of other views' packages read it (its model and controls are package-private). */
public final class PhoneViewDriver {

    private final PhoneCloneView view;

    private PhoneViewDriver(PhoneCloneView view) {
        this.view = view;
    }

    /** The Phone Clones view of the active page, or null when it is not open. */
    public static PhoneViewDriver find() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return page.findView(PhoneCloneView.ID) instanceof PhoneCloneView v ? new PhoneViewDriver(v) : null;
    }

    public PhoneCloneView view() {
        return view;
    }

    /** The view's model once its own timer has read every event of {@code store}. */
    public PhoneCloneModel read(TelemetryStore store) {
        UiTestSupport.waitUntil("Phone Clones to read all " + store.size() + " events", 20_000,
                () -> view.model().scanned() == store.size() && view.model().now() >= 0);
        UiTestSupport.pump(300);
        return view.model();
    }

    /** What the controls show in {@code control}'s field. */
    public String field(String control) {
        return view.controls().text(control);
    }

    public boolean fieldEnabled(String control) {
        return view.controls().enabled(control);
    }

    public boolean marked(String control) {
        return view.controls().marked(control);
    }
}
