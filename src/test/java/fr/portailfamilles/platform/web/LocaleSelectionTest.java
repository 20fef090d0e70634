package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleSelectionTest {

    @Test
    void frenchWhenTheBrowserSaysNothing() {
        assertEquals(Locale.FRENCH, LocaleSelection.choose(null));
        assertEquals(Locale.FRENCH, LocaleSelection.choose(""));
    }

    @Test
    void englishWhenTheBrowserPrefersIt() {
        assertEquals(Locale.ENGLISH, LocaleSelection.choose("en-GB,en;q=0.9,fr;q=0.5"));
    }

    @Test
    void frenchWhenTheBrowserPrefersIt() {
        assertEquals(Locale.FRENCH, LocaleSelection.choose("fr-FR,fr;q=0.9,en;q=0.5"));
    }

    @Test
    void frenchForAnUnsupportedOrMalformedHeader() {
        assertEquals(Locale.FRENCH, LocaleSelection.choose("de-DE"));
        assertEquals(Locale.FRENCH, LocaleSelection.choose(";;;q=abc"));
    }
}
