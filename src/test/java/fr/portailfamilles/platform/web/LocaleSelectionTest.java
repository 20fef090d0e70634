package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleSelectionTest {

    @Test
    void frenchWithoutAChoice() {
        assertEquals(Locale.FRENCH, LocaleSelection.of(null));
    }

    @Test
    void onlyTheLanguagesThePortalIsWrittenInCanBeChosen() {
        assertEquals(Optional.of(Locale.ENGLISH), LocaleSelection.supported("en"));
        assertEquals(Optional.of(Locale.FRENCH), LocaleSelection.supported("fr"));
        assertEquals(Optional.empty(), LocaleSelection.supported("de"));
        assertEquals(Optional.empty(), LocaleSelection.supported(null));
    }

    @Test
    void theSwitchGoesBackOnlyToAPageOfThePortal() {
        assertEquals("/gestion/famille.xhtml?id=12", LanguageSwitch.backTo("/gestion/famille.xhtml?id=12"));
        assertEquals("/", LanguageSwitch.backTo("//ailleurs.example/page"));
        assertEquals("/", LanguageSwitch.backTo("https://ailleurs.example/"));
        assertEquals("/", LanguageSwitch.backTo("/\\ailleurs.example"));
        assertEquals("/", LanguageSwitch.backTo("/../../etc"));
        assertEquals("/", LanguageSwitch.backTo(null));
    }
}
