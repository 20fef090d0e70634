package fr.portailfamilles.activity;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.portailfamilles.activity.ActivityForms.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff correct an activity's structure: a group renamed, an unused unit removed once the confirmation naming it
 * is accepted (refusing it keeps the unit), a group's places changed, and a unit the demo's families booked and priced
 * is kept, saying why; a finished activity offers no places to change.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityStructureJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void staffRenameAGroupAndRemoveAnUnusedUnitButNotABookedOne() {
        String page = newActivityWithAGroupAndAUnit();
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open(page);

        new Select(waitFor(By.id("group-change-form:group"))).selectByVisibleText("Petits (3–5)");
        waitUntilReady();
        assertEquals("Petits", waitFor(By.id("group-change-form:name")).getDomProperty("value"), "the group's fields filled in");
        assertEquals("5", waitFor(By.id("group-change-form:age-max_input")).getDomProperty("value"));
        type(By.id("group-change-form:name"), "Moussaillons");
        type(By.id("group-change-form:age-min_input"), "3");
        type(By.id("group-change-form:age-max_input"), "6");
        clickAndWait(By.id("group-change-form:save"));
        assertTrue(messages().contains("Le groupe a été modifié."), messages());
        String groups = waitFor(By.id("group-rows:group-list")).getText();
        assertTrue(groups.contains("Moussaillons") && groups.contains("3–6"), groups);

        new Select(waitFor(By.id("capacity-form:target"))).selectByVisibleText("Moussaillons (12)");
        type(By.id("capacity-form:places_input"), "14");
        clickAndWait(By.id("capacity-form:change"));
        assertTrue(messages().contains("Places changées pour les jours à venir."), messages());
        assertEquals("14", waitFor(By.xpath("//*[@id='group-rows:group-list']//tbody/tr[td[1][starts-with(normalize-space(), 'Moussaillons')]]"
                + "/td[3]")).getText().strip(), "the group's new places");

        // Parents read a column per unit: a second « Matin » is refused, whatever its capitals.
        type(By.id("unit-form:label"), "matin");
        clickAndWait(By.id("unit-form:add"));
        assertTrue(messages().contains("Un accueil de cette activité s’appelle déjà « matin »"), messages());
        assertEquals(1, waitFor(By.id("unit-rows:unit-list")).findElements(By.xpath(".//tbody/tr[td[1][normalize-space()='Matin']]")).size(),
                "one unit named Matin");

        By removeMorning = By.xpath("//button[@aria-label='Supprimer : Matin']");
        assertEquals("Supprimer « Matin » ? Cela ne peut pas être annulé.", answerConfirmation(removeMorning, false));
        assertTrue(waitFor(By.id("unit-rows:unit-list")).getText().contains("Matin"), "refused: the unit stays");
        answerConfirmation(removeMorning, true);
        assertTrue(messages().contains("La suppression est faite."), messages());
        assertTrue(browser.findElements(removeMorning).isEmpty(), "the unit is gone");

        open("gestion/activites.xhtml");
        clickAndWait(By.partialLinkText("MERCREDI "));
        answerConfirmation(By.xpath("//button[@aria-label='Supprimer : Journée']"), true);
        assertTrue(messages().contains("« Journée » ne peut pas être supprimé :"), messages());
        assertTrue(waitFor(By.id("unit-rows:unit-list")).getText().contains("Journée"));
    }

    @Test
    void aFinishedActivityHasNoPlacesToChange() {
        int year = TestClock.today().getYear() - 2;
        Http staff = StaffPages.loggedInStaff();
        String page = ActivityForms.create(staff, ActivityForms.newActivity("Terminée " + year + " " + System.nanoTime(), "HOLIDAYS",
                (year - 1) + "/" + year, LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 30), 3, 11));
        String body = staff.get(page).body();
        assertTrue(body.contains("Cette activité est terminée : il ne reste aucun jour dont les places puissent changer."), body);
        assertFalse(body.contains("id=\"capacity-form\""), "no form to change places");
    }

    /** Through the forms, as staff: a holiday activity next year with one group and one unit. */
    private static String newActivityWithAGroupAndAUnit() {
        int year = TestClock.today().getYear() + 1;
        Http staff = StaffPages.loggedInStaff();
        Map<String, String> activity = ActivityForms.newActivity("Structure " + year + " " + System.nanoTime(), "HOLIDAYS",
                (year - 1) + "/" + year, LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 30), 3, 11);
        String page = ActivityForms.create(staff, activity);
        assertEquals(302, submit(staff, page, ActivityForms.newGroup("Petits", 3, 5, 12)).statusCode());
        assertEquals(302, submit(staff, page, ActivityForms.newMorningUnit("Matin")).statusCode());
        Matcher path = Pattern.compile("gestion/activite\\.xhtml\\?id=\\d+").matcher(page);
        assertTrue(path.find(), page);
        return path.group();
    }
}
