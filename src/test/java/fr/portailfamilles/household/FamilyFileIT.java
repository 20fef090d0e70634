package fr.portailfamilles.household;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.PdfText;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family file as parents and staff read it. */
@ExtendWith(ArquillianExtension.class)
class FamilyFileIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aParentReadsTheirHouseholdAndChildrenFiles() {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);

        String info = parent.get("portail/mes-informations.xhtml").body();
        assertTrue(info.contains("Famille MARTIN") && info.contains("tiers facturé") && info.contains("depuis le 01/01/" + (TestClock.today().getYear() - 1)), info);
        assertTrue(info.contains("02 47 05 12 40"), "the guardian's work phone");

        String children = parent.get("portail/mes-enfants.xhtml").body();
        assertTrue(children.contains("Arachides") && children.contains("PAI alimentaire"), "health notes of their own child");
        assertTrue(children.contains("Personnes autorisées à venir chercher l’enfant"));
        assertFalse(children.contains("BERNARD") || children.contains("FOURNIER"), "no other family's children");
    }

    @Test
    void staffFindAHouseholdByAChildsOrGuardiansNameAndOpenIt() {
        Http staff = StaffPages.loggedInStaff();
        String list = staff.get("gestion/familles.xhtml").body();
        long rows = Pattern.compile("famille\\.xhtml\\?id=\\d+\">Famille ").matcher(list).results().count();
        assertTrue(rows >= 20 && rows <= 25, "a page of 25 at most: the demo's 20 households and those other tests opened");

        String found = staff.submit(list, "gestion/familles.xhtml", Map.of("households-form", "households-form",
                "households-form:search", "benoît", "households-form:find", "")).body();
        assertTrue(found.contains("Famille MOREL") && !found.contains("Famille BERNARD"), "a guardian's first name finds the household");

        String detail = staff.get("gestion/famille.xhtml?id=" + StaffPages.householdId(staff, "Famille FOURNIER")).body();
        assertTrue(detail.contains("<h1>Famille FOURNIER</h1>") && detail.contains("Santé"), detail);

        assertEquals(404, staff.get("gestion/famille.xhtml?id=987654321").statusCode());
    }

    @Test
    void staffExportEverythingHeldAboutAHouseholdWithoutPasswordHashes() throws IOException {
        Http staff = StaffPages.loggedInStaff();
        String id = StaffPages.householdId(staff, "Famille MARTIN");
        String path = "gestion/famille.xhtml?id=" + id;

        HttpResponse<String> export = staff.submit(staff.get(path).body(), path, Map.of(
                "export-form", "export-form", "export-form:export-json", "", "id", id));

        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        String json = export.body();
        assertTrue(json.matches("(?s).*\"name\":\\s*\"Famille MARTIN\".*") && json.contains("Arachides")
                && json.contains(TestServer.PARENT) && json.contains("familyQuotients"), json);
        assertFalse(json.contains("PBKDF2"), "never a password hash");

        HttpResponse<byte[]> pdf = staff.submitForBytes(staff.get(path).body(), path, Map.of(
                "export-form", "export-form", "export-form:export-pdf", "", "id", id));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains("Famille MARTIN") && text.contains("Arachides") && text.contains("Responsables légaux"), text);
    }

    @Test
    void theListExportsAsCsv() {
        Http staff = Http.testServer();
        staff.login(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        String page = staff.get("gestion/familles.xhtml").body();

        HttpResponse<String> csv = staff.submit(page, "gestion/familles.xhtml",
                Map.of("households-form", "households-form", "households-form:export-csv", ""));

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").contains("csv"), csv.headers().toString());
        assertTrue(csv.body().strip().lines().count() >= 21, "a header and at least the 20 demo households:\n" + csv.body());
        assertTrue(csv.body().contains("Famille MARTIN") && csv.body().contains("Famille VINCENT"), csv.body());
    }

    @Test
    void theHouseholdPageLeadsToThePortalAccessOfItsGuardiansOnly() {
        Http staff = StaffPages.loggedInStaff();
        String id = StaffPages.householdId(staff, "Famille MARTIN");
        assertTrue(staff.get("gestion/famille.xhtml?id=" + id).body().contains("acces-portail.xhtml?famille=" + id));

        String access = staff.get("gestion/acces-portail.xhtml?famille=" + id).body();
        assertTrue(access.contains(TestServer.PARENT), access);
        assertFalse(access.contains("Famille FOURNIER"), "only this household's guardians are listed");
    }

    @Test
    void theListExportsAsAnExcelWorkbook() throws IOException {
        Http staff = StaffPages.loggedInStaff();
        String page = staff.get("gestion/familles.xhtml").body();

        HttpResponse<byte[]> xlsx = staff.submitForBytes(page, "gestion/familles.xhtml",
                Map.of("households-form", "households-form", "households-form:export-excel", ""));

        assertEquals(200, xlsx.statusCode());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getLastRowNum() >= 20, "a header and at least the 20 demo households");
            List<String> names = new ArrayList<>();
            sheet.forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertTrue(names.contains("Famille MARTIN") && names.contains("Famille VINCENT"), names.toString());
        }
    }
}
