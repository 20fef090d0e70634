package fr.portailfamilles.household;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A town typed as a spreadsheet formula (=HYPERLINK to another site) reaches the staff's CSV and Excel exports as
 * text: in the CSV (semicolons, UTF-8 with its mark, for French spreadsheets) the cell starts with an apostrophe;
 * in the Excel file it is a text cell with Excel's quote prefix, shown as typed and never run.
 */
@ExtendWith(ArquillianExtension.class)
class SpreadsheetInjectionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void formulasTypedInAFileAreExportedAsText() throws Exception {
        String name = "Formule" + UUID.randomUUID().toString().substring(0, 8);
        String town = "=HYPERLINK(\"http://attaquant.example/\",\"Tours\")";
        Http staff = StaffPages.loggedInStaff();
        Map<String, String> form = StaffPages.newHouseholdForm(name, "@Léa", "lea." + name.toLowerCase() + "@exemple.fr", "37000");
        form.put("town", town);
        assertEquals(302, staff.submit(staff.get("gestion/famille-fiche.xhtml").body(), "gestion/famille-fiche.xhtml", form).statusCode());
        String list = staff.submit(staff.get("gestion/familles.xhtml").body(), "gestion/familles.xhtml", Map.of(
                "households-form", "households-form", "households-form:search", name, "households-form:find", "")).body();

        String csv = staff.submit(list, "gestion/familles.xhtml",
                Map.of("households-form", "households-form", "households-form:export-csv", "")).body();
        assertTrue(csv.startsWith("\uFEFF\"Famille\";\"Tiers facturé\";"), "UTF-8 with its mark, semicolons: " + csv);
        String line = csv.lines().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(line.contains(";\"'=HYPERLINK(\"\"http://attaquant.example/\"\",\"\"Tours\"\")\";"), line);
        assertTrue(line.contains("\"'@Léa " + name.toUpperCase() + "\""), "the billed guardian's name too: " + line);

        HttpResponse<byte[]> xlsx = staff.submitForBytes(list, "gestion/familles.xhtml",
                Map.of("households-form", "households-form", "households-form:export-excel", ""));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> towns = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                towns.add(row.getCell(3).getStringCellValue());
            }
            assertEquals(List.of("Commune", town), towns, "shown as typed, without an apostrophe");
            Cell formula = workbook.getSheetAt(0).getRow(1).getCell(3);
            assertEquals(CellType.STRING, formula.getCellType());
            assertTrue(formula.getCellStyle().getQuotePrefixed(), "a text cell Excel never runs, even edited");
            assertFalse(workbook.getSheetAt(0).getRow(1).getCell(0).getCellStyle().getQuotePrefixed(), "only formula-looking texts");
        }
    }
}
