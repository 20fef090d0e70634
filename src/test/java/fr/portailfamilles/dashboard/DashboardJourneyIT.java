package fr.portailfamilles.dashboard;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff's dashboard on the demo data: its figures agree with the screens they link to (the unread exchanges of
 * Messages des familles, the unpaid invoices by age), the charts are drawn with their figures in tables (this week and
 * the next three, the last six months), and each links to its screen.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardJourneyIT extends BrowserTest {

    private static final Pattern EUROS = Pattern.compile("(-?[\\d\\u00a0\\u202f ]+,\\d\\d)\\s*€");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theFiguresAgreeWithTheirScreensAndEachLinksThere() {
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/accueil.xhtml");
        long unread = figure("unread-messages");
        BigDecimal unpaid = euros(waitFor(By.cssSelector("#unpaid-balance .figure-value")).getText()).get(0);
        waitFor(By.cssSelector("#children-expected .figure-value"));

        List<WebElement> weeks = browser.findElements(By.cssSelector("#fill-table tbody tr"));
        String monday = TestClock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).format(DateTimeFormatter.ofPattern("dd/MM"));
        assertEquals(4, weeks.size());
        assertTrue(weeks.get(0).getText().startsWith("Semaine du " + monday), weeks.get(0).getText());
        List<WebElement> months = browser.findElements(By.cssSelector("#money-table tbody tr"));
        assertEquals(6, months.size());
        assertTrue(months.get(5).getText().endsWith("€") && months.get(5).getText().contains(String.valueOf(TestClock.today().getYear())),
                months.get(5).getText());
        assertEquals(2, browser.findElements(By.cssSelector(".chart-card canvas")).size(), "both charts drawn");

        clickAndWait(By.id("unread-messages"));
        assertEquals("Messages des familles", heading());
        assertEquals(unread, browser.findElements(By.xpath("//span[contains(@class,'badge') and normalize-space()='Non lu']")).size(),
                "the unread exchanges of the inbox");

        open("gestion/accueil.xhtml");
        clickAndWait(By.id("unpaid-balance"));
        BigDecimal byAge = euros(waitFor(By.id("unpaid-totals")).getText()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, unpaid.compareTo(byAge), "the unpaid invoices by age add up to " + unpaid);

        open("gestion/accueil.xhtml");
        clickAndWait(By.id("fill-link"));
        assertEquals("Taux de remplissage", heading());
        open("gestion/accueil.xhtml");
        clickAndWait(By.id("money-link"));
        assertEquals("Factures", heading());
        open("gestion/accueil.xhtml");
        clickAndWait(By.id("children-expected"));
        assertEquals("Pointage", heading());
    }

    private long figure(String id) {
        return Long.parseLong(waitFor(By.cssSelector("#" + id + " .figure-value")).getText());
    }

    private static List<BigDecimal> euros(String text) {
        Matcher amount = EUROS.matcher(text);
        List<BigDecimal> found = new java.util.ArrayList<>();
        while (amount.find()) {
            found.add(new BigDecimal(amount.group(1).replaceAll("[\\u00a0\\u202f ]", "").replace(',', '.')));
        }
        if (found.isEmpty()) {
            throw new AssertionError("no amount in « " + text + " »");
        }
        return found;
    }
}
