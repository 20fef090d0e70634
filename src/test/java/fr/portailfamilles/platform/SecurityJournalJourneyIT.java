package fr.portailfamilles.platform;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IT reads the security journal in French words and filters it by the words it reads. */
@ExtendWith(ArquillianExtension.class)
class SecurityJournalJourneyIT extends BrowserTest {

    private static final Pattern CODES = Pattern.compile("\\b(LOGIN|LOGOUT|LOGIN_FAILED|PORTAL_ACCESS_SENT|STAFF|PARENT|IT)\\b");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void itFiltersTheJournalByTheFrenchWordsItShows() {
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        logOut();
        // An address no account has: a failure asks its address for the security code, and the other tests
        // log in as the demo accounts without one.
        Http.testServer().login("personne@portail-familles.test", "pas-le-bon-mot-de-passe");
        logIn(TestServer.IT, TestServer.DEMO_PASSWORD);
        open("informatique/journal.xhtml");
        String journal = waitFor(By.id("audit-form:events")).getText();
        assertFalse(CODES.matcher(journal).find(), "codes shown: " + journal);

        type(actionFilter(), "Connexion");
        List<String> actions = awaitActions(found -> !found.isEmpty() && found.stream().allMatch(a -> a.contains("onnexion")));
        assertTrue(actions.contains("Connexion"), actions.toString());

        type(actionFilter(), "ECHEC");
        List<String> failures = awaitActions(found -> !found.isEmpty() && found.stream().allMatch(a -> a.startsWith("Échec")));
        assertTrue(failures.contains("Échec de connexion"), "typed without its accent, found as shown: " + failures);

        type(actionFilter(), "Zorglub");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                driver.findElement(By.id("audit-form:events_data")).getText().strip().equals("Aucune entrée pour ce filtre"));
    }

    private static By actionFilter() {
        return By.xpath("//th[.//span[normalize-space()='Action']]//input");
    }

    private List<String> awaitActions(java.util.function.Predicate<List<String>> expected) {
        List<String>[] seen = new List[1];
        try {
            // The table is redrawn by the filter: a row read while it is replaced is read again.
            new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
                seen[0] = driver.findElements(By.cssSelector("[id='audit-form:events_data'] tr td:nth-child(2)")).stream()
                        .map(WebElement::getText).map(String::strip).toList();
                return expected.test(seen[0]);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the filtered actions: " + seen[0], e);
        }
        return seen[0];
    }
}
