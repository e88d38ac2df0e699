package org.orrery.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The validation messages a user reads, kept in messages.properties. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.orrery.model.validation.messages",
            Locale.getDefault(), Messages.class.getClassLoader());

    private Messages() {
    }

    /** Numbers are formatted the same everywhere (4,096 and 0.5), as the English text around them. */
    static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(arguments);
    }
}
