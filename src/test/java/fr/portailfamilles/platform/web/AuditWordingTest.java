package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.entity.AuditAction;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditWordingTest {

    private final AuditWording french = new AuditWording(Locale.FRENCH, Map.of(1234L, "Famille MARTIN"));

    @Test
    void actionsAndRolesAreWords() {
        assertEquals("Connexion", french.action(AuditAction.LOGIN));
        assertEquals("Famille anonymisée", french.action(AuditAction.HOUSEHOLD_ANONYMISED));
        assertEquals("Famille", french.detail(AuditAction.ACCOUNT_CREATED, "PARENT"));
        assertEquals("Informatique", french.detail(AuditAction.ROLE_CHANGED, "IT"));
    }

    @Test
    void recordedFormsAreReadOut() {
        assertEquals("jusqu’au 14/10/2026 10:15", french.detail(AuditAction.ACCOUNT_LOCKED, "until 2026-10-14T08:15:00Z"));
        assertEquals("lien envoyé", french.detail(AuditAction.PASSWORD_RESET_REQUESTED, "link sent"));
        assertEquals("Chèque de 42,50 € – Famille MARTIN (n° 1234)", french.detail(AuditAction.PAYMENT_RECORDED, "CHEQUE 42.50 household 1234"));
        assertEquals("Famille MARTIN (n° 1234)", french.subject(AuditAction.HOUSEHOLD_ANONYMISED, "household 1234"));
        assertEquals("famille n° 7", french.subject(AuditAction.HOUSEHOLD_ANONYMISED, "household 7"));
        assertEquals("paiement n° 1250", french.subject(AuditAction.PAYMENT_CANCELLED, "payment 1250"));
        assertEquals("Tâche planifiée du serveur", french.actor("schedule"));
        assertEquals("Déconnexion automatique du personnel (minutes)", french.subject(AuditAction.SETTING_CHANGED, "staff.idle.minutes"));
        assertEquals("Oui", french.detail(AuditAction.SETTING_CHANGED, "true"));
        assertEquals("exécution n° 3", french.detail(AuditAction.INVOICE_RUN_RESTARTED, "execution 3"));
    }

    @Test
    void whatIsNotKnownIsShownAsRecorded() {
        assertEquals("marie@exemple.fr", french.subject(AuditAction.LOGIN, "marie@exemple.fr"));
        assertEquals("portail.delai = 3", french.detail(AuditAction.SETTING_CHANGED, "portail.delai = 3"));
        assertEquals("", french.detail(AuditAction.LOGIN, null));
    }
}
