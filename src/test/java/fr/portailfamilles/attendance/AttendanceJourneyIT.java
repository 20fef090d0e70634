package fr.portailfamilles.attendance;

import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.household.AsStaff;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff take a day's attendance on a 10-inch tablet held upright (768 px wide): one tap per child, one absent marked
 * with the keyboard alone (Tab, Space), a colleague's mark made meanwhile on another tablet told rather than
 * overwritten, then "Tous présents" for the rest.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(AttendanceScenarios.class, AttendanceFixture.class, AsStaff.class, AsParent.class);
    }

    @Test
    void staffTakeADaysAttendanceOnATabletAndWithTheKeyboard() {
        String[] lines = scenario(Map.of()).body().split("\n");
        String[] list = lines[0].split(";");
        String activity = list[0];
        List<String[]> children = List.of(lines).subList(1, lines.length).stream().map(line -> line.split(";")).toList();
        String lea = children.get(0)[1];
        String tom = children.get(1)[1];
        String zoe = children.get(3)[1];

        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        clickAndWait(By.linkText("Pointage"));
        browser.manage().window().setSize(new Dimension(768, 1024));
        new Select(waitFor(By.id("choice:group"))).selectByVisibleText(activity + " – 6–17 ans");
        waitUntilReady();
        assertTrue(summary().startsWith("4 enfant(s) attendu(s)"), summary());
        assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")), "no horizontal scroll at 768 px");
        assertTrue(button("Présent", lea).getRect().getHeight() >= 44, "a target a finger finds");

        button("Présent", lea).click();
        waitUntilReady();
        assertEquals("true", button("Présent", lea).getDomAttribute("aria-pressed"));
        assertEquals("Présent : " + lea, focused().getDomAttribute("aria-label"), "the focus stays on the button pressed");

        for (int i = 0; i < 5; i++) {
            focused().sendKeys(Keys.TAB);
        }
        assertEquals("Absent : " + tom, focused().getDomAttribute("aria-label"), "Tab goes through Léa's four choices to Tom's");
        focused().sendKeys(Keys.SPACE);
        waitUntilReady();
        assertEquals("true", button("Absent", tom).getDomAttribute("aria-pressed"));
        assertEquals("Absent : " + tom, focused().getDomAttribute("aria-label"));

        button("Absent justifié, annulé à temps", tom).click();
        waitUntilReady();
        assertEquals("true", button("Absent justifié, annulé à temps", tom).getDomAttribute("aria-pressed"));
        assertEquals("false", button("Absent", tom).getDomAttribute("aria-pressed"));

        scenario(Map.of("colleague", children.get(3)[0], "day", list[1], "group", list[2]));
        button("Présent", zoe).click();
        waitUntilReady();
        assertTrue(messages().contains("Marc Girard a pointé " + zoe + " « Absent » à "), messages());
        assertEquals("true", button("Absent", zoe).getDomAttribute("aria-pressed"), "the colleague's mark, not overwritten");

        waitFor(By.id("sheet:all-present")).click();
        waitUntilReady();
        assertTrue(messages().contains("1 enfant(s) pointé(s) présent(s)"), messages());
        assertEquals("4 enfant(s) attendu(s) : 2 présent(s), 1 absent(s), 1 absent(s) justifié(s), 0 non pointé(s).", summary());
        assertEquals("true", button("Présent", children.get(2)[1]).getDomAttribute("aria-pressed"));

        browser.findElement(By.cssSelector(".attendance-journal summary")).click();
        String journal = waitFor(By.id("sheet:journal")).getText();
        assertTrue(journal.contains("Sophie Lemaire") && journal.contains("Marc Girard"), journal);
        assertEquals(5, browser.findElements(By.cssSelector("#sheet\\:journal_data tr")).size(), "one line per change, unit and meal together");
    }

    private WebElement button(String choice, String child) {
        return waitFor(By.cssSelector("button[aria-label='" + choice + " : " + child + "']"));
    }

    private String summary() {
        return waitFor(By.id("sheet:summary")).getText();
    }

    private static HttpResponse<String> scenario(Map<String, String> form) {
        HttpResponse<String> response = Http.testServer().post("test-scenarios/attendance", form);
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }
}
