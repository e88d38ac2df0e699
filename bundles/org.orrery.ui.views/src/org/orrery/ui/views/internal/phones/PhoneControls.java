package org.orrery.ui.views.internal.phones;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.orrery.sim.phone.PhoneParameters;

/**
 * The Phone Clones view's controls (amphone.md: "controls for Wi-Fi bandwidth, threshold and event
 * rate"): Wi-Fi bandwidth and latency, sync threshold and input event rate, showing the values the
 * run shown started with, each marked when it is an override of the model (or set by the sweep).
 * The user changes them and presses Re-run: the same experiment and seed run again with them, the
 * values that differ from the model's being overrides (noted in the run's notes and recordings).
 * The controls set every phone of the run alike. They only steer: the run itself is started by
 * {@code rerun} (Run Control), and what the controls show comes from the run shown.
 */
final class PhoneControls {

    /** What the controls show: a run's starting values, the model's, the swept one, and whether it can run again. */
    record Values(Map<String, Double> used, Map<String, Double> model, String swept, boolean rerunnable, long seed,
            String note) {
    }

    private static final String[][] FIELDS = {
        {"wifiMbps", PhoneMessages.controlWifi, "Mbit/s"},
        {"wifiLatencyMs", PhoneMessages.controlLatency, "ms"},
        {"thresholdKiB", PhoneMessages.controlThreshold, "KiB"},
        {"inputEventRate", PhoneMessages.controlInput, "/s"},
    };

    private final Composite strip;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private final Button rerun;
    private final Button reset;
    private final Label said;
    private final Color overrideBackground;
    private final Color overrideFrame;
    private final Function<Map<String, Double>, String> onRerun;
    private Values values;

    /**
     * @param onRerun runs the shown experiment again with these values of {@link PhoneParameters#CONTROLS};
     *                returns null when it started, else why not
     */
    PhoneControls(Composite parent, Function<Map<String, Double>, String> onRerun) {
        this.onRerun = onRerun;
        strip = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginTop = 2;
        layout.marginBottom = 2;
        layout.spacing = 8;
        strip.setLayout(layout);
        strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        overrideBackground = new Color(parent.getDisplay(), 255, 226, 168);
        overrideFrame = new Color(parent.getDisplay(), 214, 128, 0);
        strip.addListener(SWT.Dispose, e -> {
            overrideBackground.dispose();
            overrideFrame.dispose();
        });
        PhoneParameters defaults = PhoneParameters.DEFAULT;
        for (String[] f : FIELDS) {
            // each control a unit (name, field, unit) so a narrow view wraps between them, never inside
            Composite unit = new Composite(strip, SWT.NONE);
            GridLayout g = new GridLayout(3, false);
            g.marginWidth = 2;
            g.marginHeight = 2;
            g.horizontalSpacing = 3;
            unit.setLayout(g);
            new Label(unit, SWT.NONE).setText(f[1]);
            Text t = new Text(unit, SWT.BORDER | SWT.RIGHT);
            GridData d = new GridData();
            d.widthHint = 44;
            t.setLayoutData(d);
            t.setData("default", defaults.control(f[0]));
            t.addListener(SWT.Modify, e -> changed());
            t.addListener(SWT.DefaultSelection, e -> rerun());
            // an override is framed (painted here: no theme touches it) and filled; the theme restyles
            // a field when its view moves (maximized, restored) and drops the fill: put it back then
            unit.addListener(SWT.Paint, e -> {
                if (Boolean.TRUE.equals(t.getData("override"))) {
                    org.eclipse.swt.graphics.Rectangle b = t.getBounds();
                    e.gc.setForeground(overrideFrame);
                    e.gc.setLineWidth(2);
                    e.gc.drawRectangle(b.x - 1, b.y - 1, b.width + 1, b.height + 1);
                    if (!overrideBackground.equals(t.getBackground())) {
                        t.getDisplay().asyncExec(() -> {
                            if (!t.isDisposed() && Boolean.TRUE.equals(t.getData("override"))) {
                                t.setBackground(overrideBackground);
                            }
                        });
                    }
                }
            });
            new Label(unit, SWT.NONE).setText(f[2]);
            fields.put(f[0], t);
        }
        rerun = new Button(strip, SWT.PUSH);
        rerun.setText(PhoneMessages.controlRerun);
        rerun.addListener(SWT.Selection, e -> rerun());
        reset = new Button(strip, SWT.PUSH);
        reset.setText(PhoneMessages.controlModel);
        reset.setToolTipText(PhoneMessages.controlModelTip);
        reset.addListener(SWT.Selection, e -> modelValues());
        said = new Label(strip, SWT.NONE);
        show(null);
    }

    /** Shows {@code v} (null: no phone run shown, or one that did not report its values: the controls are hidden). */
    void show(Values v) {
        values = v;
        GridData layout = (GridData) strip.getLayoutData();
        if (layout.exclude != (v == null)) {
            layout.exclude = v == null;
            strip.setVisible(v != null);
            strip.getParent().layout(true);
        }
        for (Map.Entry<String, Text> f : fields.entrySet()) {
            Text t = f.getValue();
            Double used = v == null ? null : v.used().get(f.getKey());
            t.setText(used == null ? "" : format(used));
            t.setEnabled(v != null && v.rerunnable() && used != null && !f.getKey().equals(v.swept()));
        }
        changed();
        say(v == null ? "" : v.note());
        if (v == null) {
            rerun.setText(PhoneMessages.controlRerun);
        }
    }

    /** The model's values into the fields: a re-run then uses the model alone. */
    private void modelValues() {
        if (values == null) {
            return;
        }
        for (Map.Entry<String, Text> f : fields.entrySet()) {
            Double model = values.model().get(f.getKey());
            if (model != null && f.getValue().getEnabled()) {
                f.getValue().setText(format(model));
            }
        }
    }

    /** Marks each field whose value is not the model's, with the model's value and the documented default as its tooltip. */
    private void changed() {
        boolean valid = values != null && values.rerunnable();
        for (String[] f : FIELDS) {
            Text t = fields.get(f[0]);
            Double model = values == null ? null : values.model().get(f[0]);
            Double typed = parse(t.getText());
            boolean swept = values != null && f[0].equals(values.swept());
            boolean override = !swept && model != null && typed != null && Double.compare(typed, model) != 0;
            t.setBackground(override ? overrideBackground : null);
            if (!Boolean.valueOf(override).equals(t.getData("override"))) {
                t.setData("override", override);
                t.getParent().redraw();
            }
            String tip = NLS.bind(PhoneMessages.controlTip, new Object[] {f[1], f[2], format((Double) t.getData(
                    "default")), model == null ? "-" : format(model)});
            if (swept) {
                tip += "\n" + PhoneMessages.controlSwept;
            } else if (override) {
                tip += "\n" + PhoneMessages.controlOverride;
            }
            t.setToolTipText(tip);
            valid &= t.getText().isBlank() || typed != null;
        }
        rerun.setEnabled(valid);
        reset.setEnabled(values != null && values.rerunnable());
        if (values != null) {
            rerun.setText(NLS.bind(PhoneMessages.controlRerunSeed, values.seed()));
            strip.layout(true, true);
        }
    }

    /** The fields' values; null (and says why) when one is not a number. */
    Map<String, Double> typed() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Text> f : fields.entrySet()) {
            if (!f.getValue().getEnabled()) {
                continue;
            }
            Double v = parse(f.getValue().getText());
            if (v == null) {
                say(NLS.bind(PhoneMessages.controlNotNumber, f.getKey(), f.getValue().getText()));
                return null;
            }
            out.put(f.getKey(), v);
        }
        return out;
    }

    private void rerun() {
        if (values == null || !rerun.getEnabled()) {
            return;
        }
        Map<String, Double> typed = typed();
        if (typed == null) {
            return;
        }
        String problem = onRerun.apply(typed);
        say(problem == null ? "" : problem);
    }

    private void say(String text) {
        if (!said.getText().equals(text)) {
            said.setText(text);
            strip.layout(true, true);
            strip.getParent().layout(true);
        }
    }

    private static Double parse(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+$", "$1").replaceFirst("\\.$", "");
    }

    // ---- for tests

    Composite control() {
        return strip;
    }

    /** Types {@code text} into the field of {@code control}. */
    void type(String control, String text) {
        fields.get(control).setText(text);
    }

    String text(String control) {
        return fields.get(control).getText();
    }

    boolean marked(String control) {
        Text t = fields.get(control);
        return Boolean.TRUE.equals(t.getData("override")) && t.getBackground().getRGB().equals(
                overrideBackground.getRGB());
    }

    boolean enabled(String control) {
        return fields.get(control).getEnabled();
    }

    boolean canRerun() {
        return rerun.getEnabled();
    }

    void pressRerun() {
        rerun();
    }

    void pressModelValues() {
        modelValues();
    }

    String message() {
        return said.getText();
    }
}
