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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff publish two news items from Actualités, one for everyone with a picture and bold words, one for the families
 * only; an empty form is refused at its fields. A visitor reads the first on the public home page and not the
 * second; the demo parent reads both on their home page. Staff then change the first and delete the second.
 */
@ExtendWith(ArquillianExtension.class)
class NewsJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffPublishTheVisitorAndTheFamiliesReadStaffChangeAndDelete() {
        String everyone = "Sortie au zoo " + System.nanoTime() % 100_000;
        String families = "Réunion des familles " + System.nanoTime() % 100_000;
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        clickAndWait(By.cssSelector("#main-menu a[href$='/gestion/actualites.xhtml']"));
        assertEquals("Actualités", heading());

        clickAndWait(By.id("save"));
        assertEquals("Ce champ est obligatoire.", messageAt("title"));
        assertEquals("Ce champ est obligatoire.", messageAt("body"));

        type(By.id("title"), everyone);
        WebElement editor = waitFor(By.cssSelector("#body .ql-editor"));
        editor.click();
        waitFor(By.cssSelector("#body button[aria-label='Gras']")).click();
        editor.sendKeys("Départ");
        waitFor(By.cssSelector("#body button[aria-label='Gras']")).click();
        editor.sendKeys(" à 9 h devant l’école.");
        assertEquals(waitFor(By.id("body-label")).getText(), editor.getAccessibleName(), "the area typed in is named by its label");
        editor.sendKeys(Keys.chord(Keys.SHIFT, Keys.HOME));
        waitFor(By.cssSelector("#body button[aria-label='Lien']")).click();
        WebElement address = waitFor(By.cssSelector("#body .ql-tooltip input"));
        assertEquals("Adresse du lien", address.getAccessibleName());
        assertEquals("https://www.exemple.fr", address.getDomAttribute("placeholder"));
        assertTrue(String.valueOf(((JavascriptExecutor) browser).executeScript("return getComputedStyle(arguments[0], '::before').content;",
                waitFor(By.cssSelector("#body .ql-tooltip")))).contains("Adresse du lien"), "the bubble speaks French");
        address.sendKeys(Keys.ESCAPE);
        editor.sendKeys(Keys.END);
        editor.sendKeys(Keys.TAB);
        assertEquals("shown-from_input", focused().getDomAttribute("id"), "Tab leaves the editor (no keyboard trap)");
        focused().sendKeys(Keys.TAB);
        assertEquals("Choisir une date : Affichée à partir du", focused().getAccessibleName(),
                "the date field keeps the keyboard: its calendar opens by its button, not into the days");
        focused().sendKeys(Keys.TAB);
        assertEquals("shown-until_input", focused().getDomAttribute("id"));
        browser.findElement(By.id("picture")).sendKeys(TestFiles.file("actualite.png", TestFiles.png(320, 180)).toString());
        clickAndWait(By.id("save"));
        awaitFocusOn("L’actualité a été publiée.");

        type(By.id("title"), families);
        waitFor(By.cssSelector("#body .ql-editor")).sendKeys("Mardi à 18 h, salle des fêtes.");
        waitFor(By.xpath("//label[normalize-space()='Familles seulement (espace famille)']")).click();
        clickAndWait(By.id("save"));
        assertTrue(messages().contains("L’actualité a été publiée."), messages());
        String list = waitFor(By.id("news-rows:news-list")).getText();
        assertTrue(list.contains(everyone) && list.contains(families) && list.contains("Familles seulement"), list);
        logOut();

        open("");
        WebElement item = article(everyone);
        assertEquals("Départ", item.findElement(By.tagName("strong")).getText(), "the bold words kept");
        assertTrue(item.getText().contains("Départ à 9 h devant l’école."), item.getText());
        assertEquals(List.of(200L, "image/png", "\u0089PNG\r"), fetch(item.findElement(By.tagName("img")).getDomProperty("src")));
        assertTrue(browser.findElements(By.xpath("//h3[normalize-space()='" + families + "']")).isEmpty(), "families only");

        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertTrue(article(families).getText().contains("Mardi à 18 h, salle des fêtes."));
        assertTrue(article(everyone).isDisplayed(), "the families read the news for everyone too");
        logOut();

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/actualites.xhtml");
        clickAndWait(By.xpath("//button[@aria-label='Modifier : " + everyone + "']"));
        assertEquals(everyone, waitFor(By.id("title")).getDomProperty("value"), "the form holds the item");
        type(By.id("title"), everyone + " (reportée)");
        clickAndWait(By.id("save"));
        assertTrue(messages().contains("L’actualité a été modifiée."), messages());
        answerConfirmation(By.xpath("//button[@aria-label='Supprimer : " + families + "']"), true);
        assertTrue(messages().contains("L’actualité a été supprimée."), messages());
        String after = waitFor(By.id("news-rows:news-list")).getText();
        assertTrue(after.contains(everyone + " (reportée)") && !after.contains(families), after);
    }

    private WebElement article(String title) {
        return waitFor(By.xpath("//article[h3[normalize-space()='" + title + "']]"));
    }


}
