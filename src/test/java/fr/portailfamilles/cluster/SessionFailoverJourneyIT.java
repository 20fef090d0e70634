package fr.portailfamilles.cluster;

import fr.portailfamilles.booking.PreRegistrationSteps;
import fr.portailfamilles.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent half-way through the pre-registration calendar, through the balancer, when the node serving them dies
 * (kill -9): the other node carries on with their session and the calendar they were filling, nothing to redo.
 */
@ExtendWith(Cluster.Shared.class)
class SessionFailoverJourneyIT extends PreRegistrationSteps {

    @Override
    protected URI portal() {
        return Cluster.balancer();
    }

    @Test
    void theOtherNodeCarriesOnWithTheSessionAndTheCalendar() {
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        firstChildWithDaysToAskFor();
        List<WebElement> days = openFullDays();
        assertTrue(days.size() >= 2, "the demo's periods open several days");
        String first = day(days.get(0));
        String second = day(days.get(1));
        box("Journée", first).click();

        String serving = nodeServing();
        Cluster.get().kill(serving);
        try {
            box("Journée", second).click();
            clickAndWait(By.id("validate-exit"));
            assertTrue(messages().contains("Vos 2 demandes ont été transmises"),
                    "the day ticked before the crash and the one after were both sent: " + messages());
            assertNotEquals(serving, nodeServing(), "the balancer sent the parent to the node left");
            open("portail/mes-informations.xhtml");
            assertTrue(heading().contains("Mes informations"), "still logged in: " + heading());
        } finally {
            Cluster.get().startNode(serving);
        }
    }

    private String nodeServing() {
        return browser.manage().getCookieNamed("PORTAIL_NODE").getValue();
    }
}
