package fr.portailfamilles.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts people read, from the message bundle; e-mails go out in French, the centre's language. */
public final class Texts {

    public static final String BUNDLE = "fr.portailfamilles.messages";

    private Texts() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static boolean has(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale).containsKey(key);
    }

    public static String french(String key, Object... arguments) {
        return format(Locale.FRENCH, key, arguments);
    }
}
