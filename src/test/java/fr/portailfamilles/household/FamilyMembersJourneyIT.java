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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff keep a family's members up to date: a second guardian who becomes the billed one, the first one
 * removed, a child added with the person who collects her, then attached to her other parent's household.
 * Each change lands in the change log, a change of the shared child in both households' logs.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyMembersJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffEditGuardiansAndChildrenAndEveryChangeIsLogged() {
        Http setUp = StaffPages.loggedInStaff();
        String mother = StaffPages.createHousehold(setUp, "Garnier", "Claire", "claire.garnier@exemple.fr");
        String father = StaffPages.createHousehold(setUp, "Roux", "Julien", "julien.roux@exemple.fr");
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);

        open("gestion/famille.xhtml?id=" + mother);
        clickAndWait(By.id("add-guardian"));
        type(By.id("last-name"), "Garnier");
        type(By.id("first-name"), "Sophie");
        type(By.id("email"), "claire.garnier@exemple.fr");
        type(By.id("town"), "Tours");
        clickAndWait(By.id("save"));
        assertTrue(pageText().contains("ou laissez les trois vides"), pageText());
        browser.findElement(By.id("town")).clear();
        clickAndWait(By.id("save"));
        assertTrue(messages().contains("déjà celui d’un autre responsable"), "a login e-mail is never shared: " + messages());
        type(By.id("email"), "sophie.garnier@exemple.fr");
        browser.findElement(By.cssSelector("#billed .ui-chkbox-box")).click();
        clickAndWait(By.id("save"));
        assertTrue(messages().contains("La fiche a été enregistrée."), messages());
        assertTrue(guardianCard("Sophie").getText().contains("tiers facturé"));
        assertFalse(guardianCard("Claire").getText().contains("tiers facturé"), "one billed guardian at a time");

        removeWithConfirmation(guardianCard("Claire"), "remove");
        assertTrue(messages().contains("Le responsable a été retiré de la fiche."), pageText());
        assertTrue(browser.findElements(By.xpath("//div[contains(@class,'guardian')][contains(., 'Claire')]")).isEmpty());
        removeWithConfirmation(guardianCard("Sophie"), "remove");
        assertTrue(messages().contains("au moins un responsable"), messages());

        clickAndWait(By.id("add-child"));
        type(By.id("first-name"), "Lina");
        typeDate(By.id("birth-date_input"), "14/05/2099");
        clickAndWait(By.id("save"));
        assertTrue(pageText().contains("ne peut pas être dans le futur"), pageText());
        typeDate(By.id("birth-date_input"), "14/05/2019");
        waitFor(By.id("add-PICKUP")).click();
        waitUntilReady();
        type(By.cssSelector("[id$='contacts-PICKUP:0:name']"), "Jeanne Garnier");
        type(By.cssSelector("[id$='contacts-PICKUP:0:phone']"), "02 47 00 11 22");
        type(By.cssSelector("[id$='contacts-PICKUP:0:relationship']"), "Grand-mère");
        clickAndWait(By.id("save"));
        assertTrue(messages().contains("La fiche a été enregistrée."), pageText());
        WebElement lina = childCard("Lina");
        assertTrue(lina.getText().contains("Jeanne Garnier (Grand-mère) – 02 47 00 11 22"), lina.getText());

        open("gestion/rattacher-enfant.xhtml?famille=" + father);
        type(By.id("attach-form:search"), "Lina Garnier");
        waitFor(By.id("attach-form:find")).click();
        waitUntilReady();
        WebElement match = waitFor(By.xpath("//tr[contains(., 'Lina GARNIER')]"));
        assertTrue(match.getText().contains("Famille GARNIER"), match.getText());
        clickAndWait(By.xpath("//tr[contains(., 'Lina GARNIER')]//button"));
        assertTrue(messages().contains("rattaché·e à cette famille"), messages());
        assertTrue(childCard("Lina").isDisplayed());

        open("gestion/famille.xhtml?id=" + mother);
        clickAndWait(By.xpath("//article[contains(., 'Lina')]//a[contains(@class,'edit-child')]"));
        type(By.id("school"), "École Jules Ferry");
        clickAndWait(By.id("save"));
        for (String household : new String[]{mother, father}) {
            open("gestion/famille.xhtml?id=" + household);
            String log = waitFor(By.id("log")).getText();
            assertTrue(log.contains("Lina GARNIER") && log.contains("École") && log.contains("École Jules Ferry"),
                    "the shared child's change is in household " + household + "'s log: " + log);
        }
        String motherLog = waitForLog(mother);
        assertTrue(motherLog.contains("Responsable ajouté") && motherLog.contains("Responsable retiré")
                && motherLog.contains("Enfant ajouté") && motherLog.contains("Tiers facturé"), motherLog);
        assertTrue(waitForLog(father).contains("Enfant rattaché"));
    }

    private String pageText() {
        return waitFor(By.tagName("body")).getText();
    }

    private String waitForLog(String household) {
        open("gestion/famille.xhtml?id=" + household);
        return waitFor(By.id("log")).getText();
    }

    private void removeWithConfirmation(WebElement card, String button) {
        card.findElement(By.xpath(".//button[contains(@id,'" + button + "')]")).click();
        clickAndWait(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    private WebElement guardianCard(String firstName) {
        return waitFor(By.xpath("//div[contains(@class,'guardian')][.//h3[contains(., '" + firstName + "')]]"));
    }

    private WebElement childCard(String firstName) {
        return waitFor(By.xpath("//article[contains(@class,'child-file')][.//h3[contains(., '" + firstName + "')]]"));
    }
}
