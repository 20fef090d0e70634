package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A demonstration keeps its e-mails only when no mail relay was named; production always sends. */
class KeptMailSettingTest {

    @Test
    void aDemonstrationWithoutARelayKeepsItsEmails() {
        assertTrue(new PortailSettings(Map.of("PORTAIL_DEMO", "true")).keepsMail());
    }

    @Test
    void aDemonstrationWithARelaySendsThem() {
        assertFalse(new PortailSettings(Map.of("PORTAIL_DEMO", "true", "PORTAIL_SMTP_HOST", "mailpit")).keepsMail());
        assertFalse(new PortailSettings(Map.of("PORTAIL_DEMO", "true", "PORTAIL_SMTP_PORT", "1025")).keepsMail());
    }

    @Test
    void productionAlwaysSendsThem() {
        assertFalse(new PortailSettings(Map.of()).keepsMail());
    }
}
