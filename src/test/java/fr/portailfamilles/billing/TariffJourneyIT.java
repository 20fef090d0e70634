package fr.portailfamilles.billing;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff price a new activity's unit: two quotient brackets and a sibling reduction, then see the tariff listed. */
@ExtendWith(ArquillianExtension.class)
class TariffJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffCreateATariffWithTwoBracketsAndSeeItListed() {
        String page = NewActivity.withAUnit(StaffPages.loggedInStaff(), "Stage cirque");
        LocalDate first = TestClock.today().plusDays(7);
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open(page);
        assertEquals("Tarifs", heading());

        new Select(waitFor(By.id("item"))).selectByVisibleText("Accueil : Stage cirque");
        typeDate(By.id("valid-from_input"), ParisTime.day(first));
        type(By.id("brackets:0:qf-min"), "0");
        type(By.id("brackets:0:qf-max"), "650");
        type(By.id("brackets:0:price"), "8,50");
        waitFor(By.id("add-bracket")).click();
        waitUntilReady();
        type(By.id("brackets:1:qf-min"), "651");
        type(By.id("brackets:1:price"), "11,50");
        type(By.id("sibling-reduction"), "10");
        clickAndWait(By.id("save"));

        assertTrue(messages().contains("Le tarif a été créé."), messages());
        String listed = waitFor(By.id("tariff-list")).getText().replace('\u00a0', ' ');
        assertTrue(listed.contains("QF 0 – 650 : 8,50 €"), listed);
        assertTrue(listed.contains("QF 651 et plus : 11,50 €"), listed);
        assertTrue(listed.contains("10 %"), listed);
        assertTrue(listed.contains("À partir du " + ParisTime.day(first)), listed);
        assertTrue(listed.contains("À venir"), listed);
    }
}
