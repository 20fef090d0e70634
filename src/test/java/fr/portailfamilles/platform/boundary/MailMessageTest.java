package fr.portailfamilles.platform.boundary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailMessageTest {

    @Test
    void theOutboxCopyHidesTheSecrets() {
        MailMessage mail = new MailMessage("a@exemple.fr", "Objet", "Mot de passe : S3cret\nLien : x?jeton=T0ken",
                List.of("S3cret", "T0ken"));
        assertEquals("Mot de passe : ••••••••\nLien : x?jeton=••••••••", mail.maskedBody());
    }
}
