package fr.portailfamilles.billing;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.StaffPages;
import fr.portailfamilles.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Tarifs screen over HTTP: a tariff that breaks a rule is refused with the reason next to the field and nothing
 * of it is saved; a right one is listed under its unit.
 */
@ExtendWith(ArquillianExtension.class)
class TariffScreenIT {

    private static final String NOT_SAVED = "Le tarif n’a pas été enregistré : corrigez les champs signalés.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The demo's Journée of the activity under way, edited with brackets 2 and 3 sharing QF 900 to 950. */
    @Test
    void overlappingBracketsAreRefusedAndNothingIsSaved() {
        Http staff = StaffPages.loggedInStaff();
        String list = staff.get("gestion/tarifs.xhtml").body();
        assertTrue(list.contains("Accueil : Journée") && list.contains("QF 951 – 1250"), list);
        assertEquals(1, list.split("aria-current=\"page\"", -1).length - 1, "the activity shown is marked in the list");
        String edit = editLink(list, "Journée");
        String form = staff.get(edit).body();
        String validFrom = inputValue(form, "valid-from_input");

        String refused = staff.submit(form, edit, tariffForm(validFrom, List.<String[]>of(row("0", "650", "8,50"), row("651", "950", "11,50"),
                row("900", "1250", "14,50"), row("1251", "", "18,00")), "23,40", "10")).body();

        assertTrue(refused.contains(NOT_SAVED), refused);
        assertTrue(refused.contains("Les tranches 2 et 3 se chevauchent"), refused);
        String after = staff.get("gestion/tarifs.xhtml").body();
        assertTrue(after.contains("QF 951 – 1250") && !after.contains("QF 900"), "the demo's brackets are as they were");
    }

    @Test
    void eachBrokenRuleIsSaidNextToItsField() {
        Http staff = StaffPages.loggedInStaff();
        String edit = editLink(staff.get("gestion/tarifs.xhtml").body(), "Journée");
        String form = staff.get(edit).body();
        String validFrom = inputValue(form, "valid-from_input");

        String refused = staff.submit(form, edit, tariffForm(validFrom, List.<String[]>of(row("0", "650", "-1"), row("651", "", "3,335")),
                "23,40", "150")).body();

        assertTrue(refused.contains(NOT_SAVED), refused);
        assertTrue(refused.contains("Un prix ne peut pas être négatif."), refused);
        assertTrue(refused.contains("Un prix a au plus deux décimales (par exemple 8,50)."), refused);
        assertTrue(refused.contains("La réduction est un pourcentage entre 0 et 100."), refused);
        String negativeRow = field(refused, "brackets:0:price");
        assertTrue(negativeRow.contains("aria-invalid=\"true\"") && negativeRow.contains("value=\"-1\"")
                && negativeRow.contains("Un prix ne peut pas être négatif."), negativeRow);
        assertTrue(field(refused, "brackets:1:price").contains("deux décimales"), "each message next to its row");

        String notANumber = staff.submit(form, edit, tariffForm(validFrom, List.<String[]>of(row("0", "", "8,50")), "vingt", "")).body();
        assertTrue(notANumber.contains("Écrivez un nombre, avec une virgule pour les décimales (par exemple 8,50)."), notANumber);
        assertTrue(staff.get("gestion/tarifs.xhtml").body().contains("QF 1251 et plus : 18,00\u00a0€"), "nothing changed");
    }

    /** On a new activity: a tariff is created and listed; a second one sharing its days is refused and not listed. */
    @Test
    void aTariffIsCreatedThenAnotherOnTheSameDaysIsRefused() {
        Http staff = StaffPages.loggedInStaff();
        String page = NewActivity.withAUnit(staff, "Atelier poterie");
        String blank = staff.get(page).body();
        assertTrue(blank.contains("Aucun tarif en vigueur ni à venir"), blank);
        Matcher unit = Pattern.compile("<option value=\"(UNIT-\\d+)\">Accueil : Atelier poterie</option>").matcher(blank);
        assertTrue(unit.find(), blank);
        LocalDate first = TestClock.today().plusDays(10);

        Map<String, String> tariff = tariffForm(ParisTime.day(first), List.<String[]>of(row("", "", "12,50")), "", "");
        tariff.put("item", unit.group(1));
        HttpResponse<String> created = staff.submit(blank, page, tariff);
        assertEquals(302, created.statusCode(), created.body());
        String listed = staff.get(page).body();
        assertTrue(listed.contains("QF 0 et plus : 12,50\u00a0€"), listed);
        assertTrue(listed.contains("À partir du " + ParisTime.day(first)), listed);

        Map<String, String> overlapping = tariffForm(ParisTime.day(first.plusMonths(2)), List.<String[]>of(row("", "", "13,00")), "", "");
        overlapping.put("item", unit.group(1));
        String refused = staff.submit(listed, page, overlapping).body();
        assertTrue(refused.contains("Ces dates chevauchent un autre tarif du même accueil ou de la même prestation (à partir du "
                + ParisTime.day(first) + ", sans fin)"), refused);
        assertFalse(staff.get(page).body().contains("13,00"), "the refused tariff is not saved");
    }

    /** Removing a town posts the form whose fields for a new town are empty: only adding needs them. */
    @Test
    void aMemberTownIsAddedThenRemovedWithTheAddFieldsLeftEmpty() {
        Http staff = StaffPages.loggedInStaff();
        String town = "Villeperdue-" + System.nanoTime() % 100_000;
        String page = staff.get("gestion/tarifs.xhtml").body();
        assertEquals(302, staff.submit(page, "gestion/tarifs.xhtml", Map.of("towns-form", "towns-form", "towns-form:postcode", "37260",
                "towns-form:name", town, "towns-form:add-town", "")).statusCode());
        String added = staff.get("gestion/tarifs.xhtml").body();
        assertTrue(added.contains(town) && added.contains("La commune a été ajoutée."), "the town is listed, and said added");

        Matcher removeButton = Pattern.compile("<button id=\"(towns-form:towns:\\d+:remove-town)\"[^>]*aria-label=\"Retirer " + town + "\"")
                .matcher(added);
        assertTrue(removeButton.find(), added);
        HttpResponse<String> removed = staff.submit(added, "gestion/tarifs.xhtml", Map.of("towns-form", "towns-form",
                "towns-form:postcode", "", "towns-form:name", "", removeButton.group(1), ""));
        assertEquals(302, removed.statusCode(), removed.body());
        String after = staff.get(removed.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/gestion/", "gestion/")).body();
        assertTrue(after.contains("La commune a été retirée.") && !after.contains(town), after);
    }

    private static String editLink(String list, String unitLabel) {
        Matcher link = Pattern.compile("<a [^>]*aria-label=\"Modifier – " + Pattern.quote(unitLabel) + ",[^>]*>").matcher(list);
        assertTrue(link.find(), list);
        Matcher href = Pattern.compile("href=\"/?([^\"]+)\"").matcher(link.group());
        assertTrue(href.find());
        return href.group(1).replace("&amp;", "&");
    }

    private static String inputValue(String page, String id) {
        Matcher input = Pattern.compile("<input [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertTrue(input.find(), id + " in " + page);
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    /** A field as the page draws it, with the message that follows it in its cell. */
    private static String field(String page, String fieldId) {
        int input = page.indexOf("<input id=\"" + fieldId + "\"");
        assertTrue(input >= 0, fieldId + " in " + page);
        return page.substring(input, page.indexOf("</td>", input));
    }

    private static String[] row(String qfMin, String qfMax, String price) {
        return new String[]{qfMin, qfMax, price};
    }

    private static Map<String, String> tariffForm(String validFrom, List<String[]> rows, String outsidePrice, String reduction) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tariff-form", "tariff-form");
        form.put("valid-from_input", validFrom);
        form.put("valid-to_input", "");
        for (int i = 0; i < rows.size(); i++) {
            form.put("brackets:" + i + ":qf-min", rows.get(i)[0]);
            form.put("brackets:" + i + ":qf-max", rows.get(i)[1]);
            form.put("brackets:" + i + ":price", rows.get(i)[2]);
        }
        form.put("outside-price", outsidePrice);
        form.put("sibling-reduction", reduction);
        form.put("save", "");
        return form;
    }
}
