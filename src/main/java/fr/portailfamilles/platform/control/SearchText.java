package fr.portailfamilles.platform.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Searches that ignore accents and capitals alike on H2 and PostgreSQL: each searchable entity keeps a search
 * column, its names {@link #normalise normalised} in Java ("Léa", "VEIGNÉ" → "lea", "veigne"), and what staff type
 * is normalised the same way into a LIKE pattern that finds it anywhere in that column: at most
 * {@link #MAX_LENGTH} characters, with % and _ meaning themselves (a search for "50%" must not list everyone).
 * Queries compare with {@code searchText like :pattern escape '!'} ({@link #LIKE_ESCAPE}).
 */
public final class SearchText {

    public static final int MAX_LENGTH = 100;
    /** The escape character of the patterns, as JPQL writes it after LIKE. */
    public static final String LIKE_ESCAPE = " escape '!'";
    /** Between two fields of a search column, so that a search meets one field at a time in practice. */
    public static final String FIELD_SEPARATOR = "|";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** Lower case, without accents and with the ligatures written out: "Œuvre d’Élodie" → "oeuvre d’elodie". */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** What an entity keeps in its search column: its fields normalised, an absent one empty. */
    public static String column(String... fields) {
        return Arrays.stream(fields).map(SearchText::normalise).collect(Collectors.joining(FIELD_SEPARATOR));
    }

    public static String containsPattern(String typed) {
        String text = normalise(typed == null ? "" : typed.strip());
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
