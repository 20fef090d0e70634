package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CentreFieldTest {

    @Test
    void aPostcodeIsFiveDigits() {
        assertEquals(Optional.empty(), CentreField.POSTCODE.problem("37250"));
        assertEquals(Optional.empty(), CentreField.POSTCODE.problem(" 37250 "), "spaces around are dropped");
        for (String wrong : new String[]{"3725", "372500", "37 250", "2A004", "ABCDE"}) {
            assertEquals(Optional.of("centre.postcode.invalid"), CentreField.POSTCODE.problem(wrong), wrong);
        }
        assertEquals(Optional.of("centre.required"), CentreField.POSTCODE.problem("  "));
    }

    @Test
    void aPhoneIsAFrenchNumberOfTenDigits() {
        assertEquals(Optional.empty(), CentreField.PHONE.problem("02 47 26 10 20"));
        assertEquals(Optional.empty(), CentreField.PHONE.problem("0247261020"));
        for (String wrong : new String[]{"02 47 26 10", "12 47 26 10 20", "00 47 26 10 20", "02-47-26-10-20", "+33 2 47 26 10 20x"}) {
            assertEquals(Optional.of("centre.phone.invalid"), CentreField.PHONE.problem(wrong), wrong);
        }
    }

    @Test
    void anEmailHasOneAtAndADomain() {
        assertEquals(Optional.empty(), CentreField.EMAIL.problem("accueil@mairie-montbazon.fr"));
        for (String wrong : new String[]{"accueil", "accueil@mairie", "a@b@c.fr", "accueil @mairie.fr"}) {
            assertEquals(Optional.of("centre.email.invalid"), CentreField.EMAIL.problem(wrong), wrong);
        }
        assertEquals(Optional.of("centre.tooLong"), CentreField.EMAIL.problem("a".repeat(250) + "@b.fr"));
    }

    @Test
    void lengthsAreBoundedAndOnlySomeFieldsMayBeLeftEmpty() {
        assertEquals(Optional.empty(), CentreField.NAME.problem("N".repeat(120)));
        assertEquals(Optional.of("centre.tooLong"), CentreField.NAME.problem("N".repeat(121)));
        assertEquals(Optional.of("centre.required"), CentreField.NAME.problem(null));
        assertEquals(Optional.empty(), CentreField.OPENING_HOURS.problem("h".repeat(500)));
        assertEquals(Optional.of("centre.tooLong"), CentreField.OPENING_HOURS.problem("h".repeat(501)));
        assertEquals(Optional.empty(), CentreField.OPENING_HOURS.problem(""));
        assertEquals(Optional.empty(), CentreField.ADDRESS_MORE.problem(null));
        assertEquals(Optional.empty(), CentreField.PUBLICATION_DIRECTOR.problem(null), "the legal notices say « non renseigné »");
        assertEquals(Optional.of("centre.tooLong"), CentreField.PUBLICATION_DIRECTOR.problem("D".repeat(121)));
        assertEquals(Optional.empty(), CentreField.HOST.problem("Hébergeur\n1 rue des Serveurs, 37000 Tours"));
        assertEquals(Optional.of("centre.tooLong"), CentreField.HOST.problem("h".repeat(501)));
    }

    @Test
    void everyProblemIsListedAgainstItsField() {
        Map<CentreField, String> typed = new EnumMap<>(CentreField.class);
        typed.put(CentreField.NAME, "Accueil de loisirs");
        typed.put(CentreField.ADDRESS_LINE, "2 allée des Écoliers");
        typed.put(CentreField.POSTCODE, "3725");
        typed.put(CentreField.TOWN, "Montbazon");
        typed.put(CentreField.PHONE, "02 47 26 10 20");
        typed.put(CentreField.EMAIL, "accueil");
        assertEquals(Map.of(CentreField.POSTCODE, "centre.postcode.invalid", CentreField.EMAIL, "centre.email.invalid"),
                CentreField.problems(typed));
        typed.put(CentreField.POSTCODE, "37250");
        typed.put(CentreField.EMAIL, "accueil@mairie.fr");
        assertTrue(CentreField.problems(typed).isEmpty());
    }
}
