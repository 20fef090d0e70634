package fr.portailfamilles.content;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestFiles;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff write two pages of Informations pratiques (an empty form refused at its fields), move the second above the
 * first, and publish a programme d'animation for a period of the demo's activity. A visitor finds the pages in that
 * order from the menu, and the programme under its activity, and opens it. Staff then rename the programme without
 * sending its file again, and delete a page.
 */
@ExtendWith(ArquillianExtension.class)
class PracticalInfoJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffWriteAndOrderPagesPublishAProgrammeTheVisitorReadsAndOpensIt() {
        long run = System.nanoTime() % 100_000;
        String first = "Vestiaire " + run;
        String second = "Objets trouvés " + run;
        String programme = "Programme des ateliers " + run;
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        clickAndWait(By.cssSelector("#main-menu a[href$='/gestion/informations.xhtml']"));
        assertEquals("Informations pratiques", heading());

        clickAndWait(By.id("save-page"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("the focus on the first field refused")
                .until(driver -> "page-title".equals(focused().getDomAttribute("id")));
        assertEquals("Ce champ est obligatoire.", messageAt("page-title"));
        assertEquals("Ce champ est obligatoire.", messageAt("page-body"));
        addPage(first, "Chaque enfant a un casier à son nom.");
        addPage(second, "Demandez à l’accueil, ils sont gardés un mois.");
        clickAndWait(By.xpath("//button[@aria-label='Monter : " + second + "']"));
        assertTrue(messages().contains("L’ordre des pages a été changé."), messages());
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("the focus stays with the moved page")
                .until(driver -> ("Monter : " + second).equals(focused().getDomAttribute("aria-label")));

        type(By.id("document-title"), programme);
        Select kind = new Select(waitFor(By.id("document-programme")));
        WebElement period = kind.getOptions().stream().filter(o -> o.getDomProperty("value").startsWith("p")).findFirst().orElseThrow();
        String periodLabel = period.getText();
        kind.selectByVisibleText(periodLabel);
        browser.findElement(By.id("document-file")).sendKeys(TestFiles.file("trop-gros.pdf", new byte[11 * 1024 * 1024]).toString());
        assertTrue(waitFor(By.id("document-file-too-large")).getText().startsWith("Ce fichier dépasse 10 Mo"), "refused before it is sent");
        assertEquals("", browser.findElement(By.id("document-file")).getDomProperty("value"));
        browser.findElement(By.id("document-file")).sendKeys(TestFiles.file("ateliers.pdf", TestFiles.pdf("Ateliers du mercredi")).toString());
        assertTrue(browser.findElements(By.id("document-file-too-large")).isEmpty(), "a file within the limit clears the message");
        clickAndWait(By.id("save-document"));
        assertTrue(messages().contains("Le document a été ajouté."), messages());
        assertTrue(waitFor(By.id("document-rows:document-list")).getText().contains(periodLabel), "the list says whose programme it is");
        logOut();

        clickAndWait(By.id("menu-info"));
        assertEquals("Informations pratiques", heading());
        String contents = waitFor(By.cssSelector(".info-contents")).getText();
        assertTrue(contents.indexOf(second) >= 0 && contents.indexOf(second) < contents.indexOf(first), contents);
        assertTrue(waitFor(By.xpath("//section[h2[normalize-space()='" + first + "']]")).getText()
                .contains("Chaque enfant a un casier à son nom."));
        WebElement link = waitFor(By.xpath("//section[@aria-labelledby='programmes']//a[starts-with(normalize-space(), '" + programme + "')]"));
        assertTrue(link.getText().matches(".*\\(PDF, \\d+ Ko\\)"), "the link says the format and weight: " + link.getText());
        assertEquals(List.of(200L, "application/pdf", "%PDF-"), fetch(link.getDomProperty("href")));
        open("informations/document?id=999999999");
        assertEquals("Page introuvable", heading());
        assertTrue(waitFor(By.id("sign-in-hint")).isDisplayed(), "a visitor is told families' documents need signing in");

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/informations.xhtml");
        clickAndWait(By.xpath("//button[@aria-label='Modifier : " + programme + "']"));
        assertEquals(periodLabel, new Select(waitFor(By.id("document-programme"))).getFirstSelectedOption().getText(), "the form holds it");
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("the focus goes to the form it fills")
                .until(driver -> "document-title".equals(focused().getDomAttribute("id")));
        assertEquals(programme.length(), ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.activeElement.selectionStart;")).intValue(), "the caret after the title, to go on typing");
        type(By.id("document-title"), programme + " (nouveau)");
        clickAndWait(By.id("save-document"));
        assertTrue(messages().contains("Le document a été modifié."), messages());
        assertTrue(waitFor(By.id("document-rows:document-list")).getText().contains(programme + " (nouveau)"));
        answerConfirmation(By.xpath("//button[@aria-label='Supprimer : " + first + "']"), true);
        awaitFocusOn("La page a été supprimée.");
        assertTrue(!waitFor(By.id("page-rows:page-list")).getText().contains(first));
    }

    private void addPage(String title, String text) {
        type(By.id("page-title"), title);
        waitFor(By.cssSelector("#page-body .ql-editor")).sendKeys(text);
        clickAndWait(By.id("save-page"));
        awaitFocusOn("La page a été ajoutée.");
    }
}
