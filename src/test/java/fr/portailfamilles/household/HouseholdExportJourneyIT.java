package fr.portailfamilles.household;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff export the household list as it is shown: after typing a search they did not apply, and after a colleague
 * moved households out of the list. Each export must arrive within seconds: PrimeFaces used to look for the missing
 * rows for ever, holding a CPU of the server.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdExportJourneyIT extends BrowserTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anExportListsWhatIsShownAndAlwaysEnds() throws Exception {
        String town = "Exportville-" + UUID.randomUUID().toString().substring(0, 8);
        Http colleague = StaffPages.loggedInStaff();
        List<String> households = new ArrayList<>();
        for (String name : List.of("Aubert", "Barbier", "Chevalier")) {
            households.add(householdIn(colleague, name, town));
        }
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/familles.xhtml");
        type(By.id("households-form:search"), town);
        waitFor(By.id("households-form:find")).click();
        waitUntilReady();
        assertEquals(3, rowsShown(), "the three households of the town");

        type(By.id("households-form:search"), "personne ne s’appelle ainsi");
        waitFor(By.id("households-form:export-csv")).click();
        String csv = new String(awaitDownload("familles", LIMIT), StandardCharsets.UTF_8);
        assertEquals(3, csv.lines().filter(line -> line.contains(town)).count(), "the list shown, not the search typed:\n" + csv);

        for (String moved : households.subList(0, 2)) {
            String path = "gestion/famille-fiche.xhtml?id=" + moved;
            colleague.submit(colleague.get(path).body(), path, StaffPages.householdDetailsForm("famille" + moved + "@exemple.fr", "37260", ""));
        }
        waitFor(By.id("households-form:export-excel")).click();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(awaitDownload("familles", LIMIT)))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> towns = new ArrayList<>();
            for (Row row : sheet) {
                towns.add(row.getCell(3).getStringCellValue());
            }
            assertEquals(List.of("Commune", town), towns, "two households left the town between the page and the export");
        }
    }

    private static String householdIn(Http staff, String name, String town) {
        String email = name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        Map<String, String> form = StaffPages.newHouseholdForm(name, "Camille", email, "37260");
        form.put("town", town);
        var created = staff.submit(staff.get("gestion/famille-fiche.xhtml").body(), "gestion/famille-fiche.xhtml", form);
        assertEquals(302, created.statusCode(), created.body());
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1");
    }

    private int rowsShown() {
        return browser.findElements(By.cssSelector("#households-form\\:households_data tr[data-ri]")).size();
    }
}
