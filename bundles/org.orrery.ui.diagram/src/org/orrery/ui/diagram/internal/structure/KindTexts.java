package org.orrery.ui.diagram.internal.structure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the user reads about each element and connection kind (palette label and tip, where
 * a kind may go), from kinds.properties, keyed by the enum constant: {@code HOST.label}.
 */
public final class KindTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(KindTexts.class.getPackageName() + ".kinds",
            Locale.getDefault(), KindTexts.class.getClassLoader());

    private KindTexts() {
    }

    /** The text {@code constant.suffix}, formatted with {@code arguments}. */
    public static String text(Enum<?> constant, String suffix, Object... arguments) {
        String key = constant.name() + "." + suffix;
        try {
            String pattern = BUNDLE.getString(key);
            return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
        } catch (MissingResourceException e) {
            // A missing text is a bug; show the key rather than fail the user's gesture.
            return key;
        }
    }

    /** Palette label: "Host". */
    public static String label(Enum<?> constant) {
        return text(constant, "label");
    }

    /** Palette tip: what the kind is and where it goes. */
    public static String tip(Enum<?> constant) {
        return text(constant, "tip");
    }
}
