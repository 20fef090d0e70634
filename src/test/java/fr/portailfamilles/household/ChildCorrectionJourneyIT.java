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
import org.openqa.selenium.WebElement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mes enfants › Signaler une modification: a parent corrects their child's allergies, doctor and photo
 * authorisation; staff see whom it concerns and accept; the child's file and history change. Another
 * family's child cannot be reached by its id.
 */
@ExtendWith(ArquillianExtension.class)
class ChildCorrectionJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aParentCorrectsTheirChildsFileAndStaffAccept() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/mes-enfants.xhtml");
        String child = waitFor(By.cssSelector(".child-file h3")).getText();
        clickAndWait(By.cssSelector(".report-child-change"));
        assertTrue(heading().contains(child), heading());

        type(By.id("doctor-phone"), "123");
        clickAndWait(By.id("send-change"));
        assertTrue(waitFor(By.cssSelector(".ui-message-error")).getText().contains("10 chiffres"));

        type(By.id("doctor-phone"), "02 47 26 00 00");
        type(By.id("allergies"), "Arachides, kiwi");
        waitFor(By.cssSelector("#photos .ui-chkbox-box")).click();
        clickAndWait(By.id("send-change"));
        assertTrue(messages().contains("Votre demande a été envoyée"), messages());
        String asked = waitFor(By.id("requests")).getText();
        assertTrue(asked.contains(child) && asked.contains("Arachides, kiwi") && asked.contains("En attente"), asked);
        logOut();

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/demandes.xhtml");
        WebElement row = waitFor(By.xpath("//tr[contains(., 'Arachides, kiwi')]"));
        assertTrue(row.getText().contains("Concerne : " + child) && row.getText().contains("Photos autorisées"), row.getText());
        row.findElement(By.xpath(".//button[contains(@id,'accept')]")).click();
        waitUntilReady();
        assertTrue(waitFor(By.id("queue-form:messages")).getText().contains("acceptée"));
        open("gestion/famille.xhtml?id=" + StaffPages.householdId(StaffPages.loggedInStaff(), "Famille MARTIN"));
        String log = waitFor(By.id("log")).getText();
        assertTrue(log.contains(child) && log.contains("Allergies") && log.contains("Arachides, kiwi"), log);
        logOut();

        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        open("portail/mes-enfants.xhtml");
        String file = waitFor(By.cssSelector(".child-file")).getText();
        assertTrue(file.contains("Arachides, kiwi") && file.contains("02 47 26 00 00"), file);
        assertTrue(waitFor(By.id("requests")).getText().contains("Acceptée"));

        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertEquals(404, parent.get("portail/enfant-modification.xhtml?enfant=" + childOfAnotherFamily()).statusCode());
        assertEquals(404, parent.get("portail/enfant-modification.xhtml").statusCode());
    }

    private static String childOfAnotherFamily() {
        Http staff = StaffPages.loggedInStaff();
        String page = staff.get("gestion/famille.xhtml?id=" + StaffPages.householdId(staff, "Famille BERNARD")).body();
        Matcher child = Pattern.compile("enfant\\.xhtml\\?famille=\\d+&amp;id=(\\d+)").matcher(page);
        assertTrue(child.find(), "the household page links its children");
        return child.group(1);
    }
}
