package fr.portailfamilles.platform.control;

import java.util.regex.Pattern;

/**
 * Unicode's invisible direction controls (right-to-left override and its kin): typed in a name or an address,
 * they make staff read a text in another order than it is stored ("Trojan Source"). No French name needs them.
 */
public final class BidiControls {

    private static final Pattern CONTROLS = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private BidiControls() {
    }

    public static String stripped(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }
}
