package fr.portailfamilles.contact.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactRulesTest {

    @Test
    void aNewMessageNeedsASubjectAndATextWithinTheirLimits() {
        assertEquals(Map.of(), ContactRules.problems("Absence mercredi", "Léa sera absente."));
        assertEquals(Map.of(ContactRules.SUBJECT, "contact.required", ContactRules.BODY, "contact.required"),
                ContactRules.problems("  ", "\n "));
        assertEquals(Map.of(ContactRules.SUBJECT, "contact.subject.tooLong", ContactRules.BODY, "contact.body.tooLong"),
                ContactRules.problems("s".repeat(121), "m".repeat(5001)));
        assertEquals(Map.of(), ContactRules.problems("s".repeat(120), " " + "m".repeat(5000) + " "), "spaces around do not count");
    }

    @Test
    void aReplyHasNoSubjectOfItsOwn() {
        assertEquals(Map.of(), ContactRules.problems(null, "Merci !"));
        assertEquals(Map.of(ContactRules.BODY, "contact.required"), ContactRules.problems(null, null));
        assertEquals(5000, ContactRules.limitOf("contact.body.tooLong"));
    }
}
