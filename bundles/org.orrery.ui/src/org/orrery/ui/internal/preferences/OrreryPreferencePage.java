package org.orrery.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.orrery.ui.OrreryUi;

/** Window &gt; Preferences &gt; Orrery. */
public final class OrreryPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public OrreryPreferencePage() {
        super(GRID);
        setDescription(Messages.Page_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, OrreryUi.PLUGIN_ID));
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor seed = new IntegerFieldEditor(OrreryPreferences.DEFAULT_SEED, Messages.Page_seed, getFieldEditorParent());
        seed.setValidRange(0, Integer.MAX_VALUE);
        addField(seed);
        addField(new UriFieldEditor(OrreryPreferences.DEFAULT_LIBVIRT_URI, Messages.Page_uri, getFieldEditorParent()));
        IntegerFieldEditor refresh = new IntegerFieldEditor(OrreryPreferences.VIEW_REFRESH_MS, Messages.Page_refresh, getFieldEditorParent());
        refresh.setValidRange(20, 5000);
        addField(refresh);
        addField(new StringFieldEditor(OrreryPreferences.SIMULATION_SPEED, Messages.Page_speed, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                try {
                    double v = Double.parseDouble(getStringValue().trim());
                    return v >= 0.1 && v <= 1000;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        });
    }

    /** Accepts the hypervisor URI schemes Orrery connects with, and says which when it refuses. */
    private static final class UriFieldEditor extends StringFieldEditor {
        UriFieldEditor(String key, String label, org.eclipse.swt.widgets.Composite parent) {
            super(key, label, parent);
            setErrorMessage(Messages.Page_uriInvalid);
        }

        @Override
        protected boolean doCheckState() {
            return getStringValue().trim().matches("(test|qemu(\\+ssh|\\+unix|\\+tcp|\\+tls)?)://[^\\s]*/[^\\s]*");
        }
    }
}
