package org.orrery.charts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.orrery.telemetry.EventKind;

/**
 * The words on charts (chart.properties): a lookup by key rather than one field per string,
 * because attribute names come from the telemetry vocabulary, which grows.
 */
public final class ChartText {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle(
            ChartText.class.getPackageName() + ".chart", Locale.getDefault(), ChartText.class.getClassLoader());

    private ChartText() {
    }

    /** The string {@code key} with {@code arguments} filled in. */
    public static String get(String key, Object... arguments) {
        String pattern = TEXT.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /**
     * What people call attribute {@code attribute} ("Data remaining" for {@code bytesRemaining});
     * an attribute without a name of its own is spelled out from its camel case ("runQueueWait"
     * becomes "Run queue wait").
     */
    public static String attribute(String attribute) {
        try {
            return TEXT.getString("attribute." + attribute);
        } catch (MissingResourceException e) {
            return words(attribute);
        }
    }

    /** A kind of event in words: MIGRATION_ROUND becomes "migration round". */
    public static String kind(EventKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String words(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c == '_' || c == '.' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
