package fr.portailfamilles.platform.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-31T22:59:00Z");
    private static final String FULL = "Mot de passe provisoire : S3cret!";
    private static final String MASKED = "Mot de passe provisoire : ••••••••";

    @Test
    void staffReadTheMaskedTextAndTheRecipientReceivesTheFullOneDueAtOnce() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Ouverture", MASKED, FULL, NOW);
        assertEquals(MASKED, message.getBody());
        assertEquals(FULL, message.textToDeliver());
        assertEquals(OutboxMessage.Status.PENDING, message.getStatus());
        assertEquals(NOW, message.getNextAttemptAt());
    }

    @Test
    void aMessageKeptByADemonstrationIsNeverDueNorResent() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Vos demandes", "Bonjour", "Bonjour", NOW);
        message.kept();
        assertEquals(OutboxMessage.Status.KEPT, message.getStatus());
        assertNull(message.getNextAttemptAt());
        assertFalse(message.isResendable());
        assertNull(message.getFailureKind(), "kept, not failed");
        assertEquals("Bonjour", message.getBody(), "readable in full");
    }

    @Test
    void theSecretIsErasedOnceSent() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Ouverture", MASKED, FULL, NOW);
        message.sent(NOW);
        assertNull(message.textToDeliver());
        assertNull(message.getNextAttemptAt());
        assertEquals(MASKED, message.getBody());
    }

    @Test
    void aFailedMessageKeepsItsSecretAndCanBeResent() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Ouverture", MASKED, FULL, NOW);
        message.failed("Connection refused", NOW.plusSeconds(60));
        assertEquals(FULL, message.textToDeliver());
        assertEquals("Connection refused", message.getFailure());
        assertTrue(message.isResendable());
        message.resend(NOW.plusSeconds(10));
        assertEquals(OutboxMessage.Status.PENDING, message.getStatus());
        assertEquals(NOW.plusSeconds(10), message.getNextAttemptAt());
        assertEquals(0, message.getAttempts());
    }

    @Test
    void anAbandonedMessageLosesItsSecretAndCannotBeResent() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Ouverture", MASKED, FULL, NOW);
        message.abandoned("Connection refused");
        assertNull(message.textToDeliver());
        assertNull(message.getNextAttemptAt());
        assertTrue(message.isTextErased());
        assertFalse(message.isResendable());
    }

    @Test
    void anAbandonedMessageWithoutSecretCanBeResent() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Inscription", "Bonjour", "Bonjour", NOW);
        message.abandoned("Connection refused");
        assertEquals("Bonjour", message.textToDeliver());
        assertTrue(message.isResendable());
    }

    @Test
    void aSentMessageCannotBeResent() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Inscription", "Bonjour", "Bonjour", NOW);
        message.sent(NOW);
        assertFalse(message.isResendable());
    }

    @Test
    void aLongErrorIsShortened() {
        OutboxMessage message = new OutboxMessage("a@exemple.fr", "Inscription", "Bonjour", "Bonjour", NOW);
        message.failed("x".repeat(800), NOW);
        assertEquals(500, message.getFailure().length());
    }
}
