package fr.portailfamilles.platform.control;

import java.util.Locale;

/**
 * What staff type in a search field, made into a LIKE pattern that finds it anywhere in a text: lower case, at most
 * {@link #MAX_LENGTH} characters, and with % and _ meaning themselves (a search for "50%" must not list everyone).
 * Queries compare with {@code like :pattern escape '!'} ({@link #LIKE_ESCAPE}).
 */
public final class SearchText {

    public static final int MAX_LENGTH = 100;
    /** The escape character of the patterns, as JPQL writes it after LIKE. */
    public static final String LIKE_ESCAPE = " escape '!'";

    private SearchText() {
    }

    public static String containsPattern(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
