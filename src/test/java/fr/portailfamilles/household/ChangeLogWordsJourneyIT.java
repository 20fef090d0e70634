package fr.portailfamilles.household;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff read a household's change log as people write it, not as the file stores it; the page speaks as staff. */
@ExtendWith(ArquillianExtension.class)
class ChangeLogWordsJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theChangeLogShowsWordsNotCodes() {
        Http staff = StaffPages.loggedInStaff();
        String id = StaffPages.createHousehold(staff, "Vasseur", "Anne", "anne.vasseur@exemple.fr");
        String editPath = "gestion/famille-fiche.xhtml?id=" + id;
        Map<String, String> married = StaffPages.householdDetailsForm("anne.vasseur@exemple.fr", "37260", "");
        married.put("situation_input", "MARRIED");
        assertEquals(302, staff.submit(staff.get(editPath).body(), editPath, married).statusCode());

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/famille.xhtml?id=" + id);
        String log = waitFor(By.id("log")).getText();
        assertTrue(log.contains("Situation familiale") && log.contains("Célibataire") && log.contains("Marié·e"), log);
        assertFalse(log.contains("MARRIED") || log.contains("SINGLE"), log);
        assertEquals("Enfants", waitFor(By.id("children")).getText(), "staff's words, not the parent's « Mes enfants »");
    }
}
