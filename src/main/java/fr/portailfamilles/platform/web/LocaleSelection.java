package fr.portailfamilles.platform.web;

import java.util.List;
import java.util.Locale;

/**
 * French unless the browser prefers English. The servlet container reports its own default locale when a
 * browser sends no Accept-Language, so the header is read here rather than trusted to Faces.
 */
public final class LocaleSelection {

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private LocaleSelection() {
    }

    static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? Locale.FRENCH : chosen;
        } catch (IllegalArgumentException malformed) {
            return Locale.FRENCH;
        }
    }
}
