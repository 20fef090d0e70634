package fr.portailfamilles.platform.web;

import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * French, the portal's language, unless the person chose English with the language switch ({@link LanguageSwitch}).
 * The browser's Accept-Language is not read: a browser set to English on a shared computer at the centre, or a
 * parent's phone in English, must still get the French the centre writes in.
 */
public final class LocaleSelection {

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    /** The session attribute holding the chosen language's tag. */
    static final String CHOSEN = "portail.langue";

    private LocaleSelection() {
    }

    static Locale of(HttpSession session) {
        Object chosen = session == null ? null : session.getAttribute(CHOSEN);
        return chosen instanceof String tag ? supported(tag).orElse(Locale.FRENCH) : Locale.FRENCH;
    }

    /** A language the portal is written in, named by its tag ("fr", "en"). */
    static Optional<Locale> supported(String tag) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(tag)).findFirst();
    }
}
